import { instance as instanceSchema, type Instance, type Series } from '../../solver/formats.ts';
import { daysBetween } from '../../solver/dates.ts';
import { occurrenceShapes } from '../../solver/model/series.ts';

/** What is wrong with one field of a new series: its path in the request (`body.personId`) and why, in bokmål. */
export interface SeriesIssue {
  path: string;
  message: string;
}

const inBokmal: [RegExp, string][] = [
  [/^unknown person (.*)$/, 'ukjent person $1'],
  [/^unknown bed (.*)$/, 'ukjent seng $1'],
  [/^unknown centre (.*)$/, 'ukjent senter $1'],
  [/^duplicate series id (\S+).*$/, 'det finnes allerede en serie med id $1'],
];

const translated = (message: string): string => {
  for (const [pattern, text] of inBokmal) if (pattern.test(message)) return message.replace(pattern, text);
  return message;
};

/** Each bed's tags together with its ward's: what a stay in that bed can require. */
function bedTags(inst: Instance): Map<string, Set<string>> {
  const tags = new Map<string, Set<string>>();
  for (const centre of inst.centres)
    for (const ward of centre.wards)
      for (const room of ward.rooms)
        for (const bed of room.beds) tags.set(bed.id, new Set([...ward.tags, ...bed.tags]));
  return tags;
}

/** The cross references of the instance with `series` added (the v1 instance schema), for the series' fields. */
function referenceIssues(inst: Instance, series: Series): SeriesIssue[] {
  const index = inst.series.length;
  const result = instanceSchema.safeParse({ ...inst, series: [...inst.series, series] });
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const [part, at, ...rest] = issue.path.map(String);
    const own = part === 'series' && at === String(index);
    return {
      path: own ? ['body', ...rest].join('.') : issue.path.join('.'),
      message: translated(issue.message),
    };
  });
}

/** The rules a new series must keep besides the format: it fits the horizon, its tags and pins can be met. */
function planningIssues(inst: Instance, series: Series): SeriesIssue[] {
  const issues: SeriesIssue[] = [];
  const { earliest, latest } = series.firstStart;
  if (earliest < inst.horizon.start)
    issues.push({
      path: 'body.firstStart.earliest',
      message: `første opphold kan tidligst starte ${inst.horizon.start}, når planperioden begynner`,
    });
  if (latest >= series.until)
    issues.push({
      path: 'body.firstStart.latest',
      message: `første opphold må kunne starte før sluttdatoen ${series.until}`,
    });
  const tags = bedTags(inst);
  const startsInHorizon = earliest >= inst.horizon.start;
  const fits = (bedId: string) => series.requiredTags.every((t) => tags.get(bedId)?.has(t));
  if (![...tags.keys()].some(fits))
    issues.push({
      path: 'body.requiredTags',
      message: `ingen seng har stikkordene ${series.requiredTags.join(', ')}`,
    });
  const until = series.until < inst.horizon.end ? series.until : inst.horizon.end;
  // Counted only from a start inside the horizon: a start centuries early would be a long count of nothing.
  const occurrences = startsInHorizon ? occurrenceShapes(series, 0, daysBetween(earliest, until)).length : 0;
  series.pins.forEach((pin, i) => {
    if (startsInHorizon && pin.occurrence >= occurrences)
      issues.push({
        path: `body.pins.${i}.occurrence`,
        message: `serien har ${occurrences} opphold i planperioden; opphold ${pin.occurrence + 1} finnes ikke`,
      });
    if (pin.bedId !== undefined && tags.has(pin.bedId) && !fits(pin.bedId))
      issues.push({
        path: `body.pins.${i}.bedId`,
        message: `seng ${pin.bedId} har ikke stikkordene ${series.requiredTags.join(', ')}`,
      });
  });
  return issues;
}

/**
 * Everything that keeps `series` out of instance `inst`, field by field; empty when it may be saved. A
 * duplicate id is not among them: the store refuses it as a conflict.
 */
export function seriesIssues(inst: Instance, series: Series): SeriesIssue[] {
  const references = referenceIssues(
    { ...inst, series: inst.series.filter((s) => s.id !== series.id) },
    series,
  );
  return references.length > 0 ? references : planningIssues(inst, series);
}
