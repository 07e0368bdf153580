import type { Figures } from '../solver/checker/index.ts';
import type { PhaseRecord } from '../solver/search/phases.ts';

export interface BenchRow {
  case: string;
  solver: string;
  beds: number;
  requests: number;
  series: number;
  valid: boolean;
  violations: number;
  figures: Figures;
  seconds: number;
  peakMemoryMB: number;
  /** The solver's phases (none for firstfit). */
  phases?: PhaseRecord[];
  hospitalFirst?: number;
}

export interface BoundRow {
  case: string;
  engine: string;
  occupiedBedNights: number;
  status: string;
  seconds: number;
  peakMemoryMB: number;
}

type Column<T> = [string, (row: T) => string | number];

export function table<T>(columns: Column<T>[], rows: T[]): string {
  const header = `| ${columns.map(([name]) => name).join(' | ')} |`;
  const rule = `|${columns.map(() => '---').join('|')}|`;
  const body = rows.map((r) => `| ${columns.map(([, cell]) => cell(r)).join(' | ')} |`);
  return [header, rule, ...body].join('\n');
}

const percent = (part: number, whole: number) => (whole > 0 ? `${((100 * part) / whole).toFixed(1)} %` : '–');

/** The benchmark tables in Markdown, as README shows them. */
export function renderResults(rows: BenchRow[], bounds: BoundRow[], machine: string, date: string): string {
  const boundOf = (name: string) => bounds.find((b) => b.case === name && b.engine === 'highs');
  const firstfitOf = (name: string) => rows.find((r) => r.case === name && r.solver === 'firstfit');
  const solverColumns: Column<BenchRow>[] = [
    ['instance', (r) => r.case],
    ['beds', (r) => r.beds],
    ['solver', (r) => r.solver],
    ['valid', (r) => (r.valid ? 'yes' : `NO (${r.violations})`)],
    ['occupied', (r) => r.figures.occupiedBedNights],
    ['idle', (r) => r.figures.idleBedNights],
    ['bound', (r) => boundOf(r.case)?.occupiedBedNights ?? '–'],
    ['of bound', (r) => percent(r.figures.occupiedBedNights, boundOf(r.case)?.occupiedBedNights ?? 0)],
    ['unplaced', (r) => r.figures.unplaced],
    ['unplaced nights', (r) => r.figures.unplacedNights],
    [
      'of firstfit',
      (r) => percent(r.figures.unplacedNights, firstfitOf(r.case)?.figures.unplacedNights ?? 0),
    ],
    ['wait days', (r) => r.figures.waitDays],
    ['hospital wait days', (r) => r.figures.hospitalWaitDays],
    ['transfers', (r) => r.figures.transfers],
    [
      'series bed changes',
      (r) =>
        `${r.figures.seriesBedChanges} (${percent(r.figures.seriesBedChanges, r.figures.placedOccurrences)})`,
    ],
    ['series centre changes', (r) => r.figures.seriesCentreChanges],
    ['preference misses', (r) => r.figures.preferenceMisses],
    ['time (s)', (r) => r.seconds.toFixed(1)],
    ['peak memory (MB)', (r) => r.peakMemoryMB],
  ];
  const boundColumns: Column<BoundRow>[] = [
    ['instance', (b) => b.case],
    ['engine', (b) => b.engine],
    ['bound on occupied bed-nights', (b) => b.occupiedBedNights],
    ['status', (b) => b.status],
    ['time (s)', (b) => b.seconds.toFixed(1)],
    ['peak memory (MB)', (b) => b.peakMemoryMB],
  ];
  return `# Benchmark results

Run ${date} on ${machine} with \`npm run bench\`. Every plan is judged by the independent checker
(\`solver/checker\`); the figures are the checker's, not the solver's. The search (\`sengeplan\`) runs 5 s
at ~60 beds and 30 s at ~470 beds on one core, seed 1. "of bound" is occupied bed-nights over the proven
upper bound (the LP relaxation aggregated by bed class, \`solver/bound\`); "of firstfit" is unplaced nights
over firstfit's; series bed changes are also given as a share of placed occurrences.

${table(solverColumns, rows)}

## Upper bounds

${table(boundColumns, bounds)}

## Phases

What each phase of \`sengeplan\` started and ended with: the score (millions, lower is better) and the plan's
bed-nights inside the horizon (fixed stays left out). Late acceptance and the windows take turns; each
row adds up only its own runs. The guide and the series packing choose starts, anchors and beds for
construction and change no plan themselves.

${table(phaseColumns, phaseRows(rows))}
`;
}

type PhaseRow = PhaseRecord & { case: string };

function phaseRows(rows: BenchRow[]): PhaseRow[] {
  return rows.flatMap((r) => (r.phases ?? []).map((p) => ({ ...p, case: r.case })));
}

const millions = (score: number) => (score / 1e6).toFixed(2);
const signed = (n: number, digits = 0) => `${n > 0 ? '+' : ''}${n.toFixed(digits)}`;

const phaseColumns: Column<PhaseRow>[] = [
  ['instance', (p) => p.case],
  ['phase', (p) => p.phase],
  ['score start', (p) => millions(p.scoreStart)],
  ['score end', (p) => millions(p.scoreEnd)],
  ['change', (p) => signed((p.scoreEnd - p.scoreStart) / 1e6, 2)],
  ['bed-nights start', (p) => p.bedNightsStart],
  ['bed-nights end', (p) => p.bedNightsEnd],
  ['change ', (p) => signed(p.bedNightsEnd - p.bedNightsStart)],
  ['time (s)', (p) => p.seconds.toFixed(1)],
];
