import { formatDay } from './nights.ts';

const ISO = String.raw`(\d{4}-\d{2}-\d{2})`;
const day = (iso: string) => formatDay(iso, true);
const tagList = (tags: string) => (tags.trim() === '' ? 'uten krav' : `merket ${tags}`);
const beds = (n: string) => (n === '1' ? '1 seng' : `${n} senger`);

/** The solver's reasons are English (the plan format's language); the planner reads them in bokmål. */
const patterns: [RegExp, (...groups: string[]) => string][] = [
  [
    new RegExp(String.raw`^ward (\S+) is staffed for (\d+) beds? from ${ISO} to ${ISO}$`),
    (ward, n, from, to) => `avdeling ${ward} er bemannet for ${beds(n)} fra ${day(from)} til ${day(to)}`,
  ],
  [/^stay (\d+) of the series$/, (k) => `opphold ${k} i serien`],
  [
    new RegExp(
      String.raw`^no bed tagged \[([^\]]*)\] free for (\d+) nights with a start between ${ISO} and ${ISO}$`,
    ),
    (tags, n, from, to) =>
      `ingen seng ${tagList(tags)} ledig i ${n} netter med start mellom ${day(from)} og ${day(to)}`,
  ],
  [
    new RegExp(String.raw`^no bed tagged \[([^\]]*)\] free for (\d+) nights on ${ISO}$`),
    (tags, n, on) => `ingen seng ${tagList(tags)} ledig i ${n} netter fra ${day(on)}`,
  ],
  [/^no bed has the tags \[([^\]]*)\]$/, (tags) => `ingen seng har merkene ${tags}`],
  [
    new RegExp(String.raw`^pinned: bed (\S+) is not free for (\d+) nights from ${ISO}$`),
    (bed, n, from) => `låst: seng ${bed} er ikke ledig i ${n} netter fra ${day(from)}`,
  ],
  [
    /^pinned: bed (\S+) is not free for (\d+) nights in the window$/,
    (bed, n) => `låst: seng ${bed} er ikke ledig i ${n} netter i tidsvinduet`,
  ],
  [
    new RegExp(String.raw`^pinned: any bed tagged \[([^\]]*)\] is not free for (\d+) nights from ${ISO}$`),
    (tags, n, from) => `låst: ingen seng ${tagList(tags)} er ledig i ${n} netter fra ${day(from)}`,
  ],
  [
    /^the series was planned from a later first start$/,
    () => 'serien ble planlagt fra en senere første start',
  ],
];

function translatePart(part: string): string {
  for (const [pattern, render] of patterns) {
    const match = pattern.exec(part);
    if (match) return render(...match.slice(1));
  }
  return part;
}

/**
 * An unplaced reason in bokmål: the main sentence, then the parenthesised notes (the series occurrence,
 * staffing caps), each translated when the solver wrote it; text it did not write is shown as it is.
 */
export function reasonText(reason: string): string {
  const notes = [...reason.matchAll(/ \(([^()]*)\)/g)];
  const main = notes.length > 0 ? reason.slice(0, notes[0]!.index) : reason;
  const translatedNotes = notes.map((n) => (n[1] ?? '').split('; ').map(translatePart).join('; '));
  return [translatePart(main), ...translatedNotes.map((n) => `(${n})`)].join(' ');
}
