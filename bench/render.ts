import type { Figures } from '../solver/checker/index.ts';

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
}

const columns: [string, (r: BenchRow) => string | number][] = [
  ['instance', (r) => r.case],
  ['beds', (r) => r.beds],
  ['requests', (r) => r.requests],
  ['series', (r) => r.series],
  ['solver', (r) => r.solver],
  ['valid', (r) => (r.valid ? 'yes' : `NO (${r.violations})`)],
  ['occupied', (r) => r.figures.occupiedBedNights],
  ['idle', (r) => r.figures.idleBedNights],
  [
    'occupancy',
    (r) => `${((100 * r.figures.occupiedBedNights) / r.figures.availableBedNights).toFixed(1)} %`,
  ],
  ['unplaced', (r) => r.figures.unplaced],
  ['unplaced nights', (r) => r.figures.unplacedNights],
  ['wait days', (r) => r.figures.waitDays],
  ['hospital wait days', (r) => r.figures.hospitalWaitDays],
  ['transfers', (r) => r.figures.transfers],
  ['series bed changes', (r) => r.figures.seriesBedChanges],
  ['series centre changes', (r) => r.figures.seriesCentreChanges],
  ['preference misses', (r) => r.figures.preferenceMisses],
  ['time (s)', (r) => r.seconds.toFixed(2)],
  ['peak memory (MB)', (r) => r.peakMemoryMB],
];

/** The benchmark table in Markdown, as README shows it. */
export function renderResults(rows: BenchRow[], machine: string, date: string): string {
  const header = `| ${columns.map(([name]) => name).join(' | ')} |`;
  const rule = `|${columns.map(() => '---').join('|')}|`;
  const body = rows.map((r) => `| ${columns.map(([, cell]) => cell(r)).join(' | ')} |`);
  return `# Benchmark results\n\nRun ${date} on ${machine} with \`npm run bench\`. Every plan is judged by the independent checker (\`solver/checker\`); figures are the checker's, not the solver's.\n\n${[header, rule, ...body].join('\n')}\n`;
}
