/**
 * `npm run bench -- --tradeoff`: solves Bergen at several points between filling beds (hospital first 0)
 * and no hospital discharge waits (1), each in its own process, and writes occupied bed-nights against
 * hospital waiting days (and their cost) to bench/tradeoff.md and bench/tradeoff.svg.
 */
import { writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { defaultWeights } from '../solver/objective/weights.ts';
import { DEFAULT_HOSPITAL_FIRST } from '../solver/solve.ts';
import { table, type BenchRow } from './render.ts';
import { tradeoffSvg, type TradeoffPoint } from './tradeoffChart.ts';

export const TRADEOFF_CASE = 'bergen';
export const TRADEOFF_POINTS = [0, 0.25, 0.5, 0.75, 1];

const nok = (n: number) => Math.round(n).toLocaleString('en-US');

export async function runTradeoff(
  runOne: <T>(script: string, args: string[]) => T,
  iterations?: number,
): Promise<void> {
  const rows: BenchRow[] = [];
  const budget = iterations === undefined ? [] : ['--iterations', String(iterations)];
  const how =
    iterations === undefined
      ? "with the case's time limit"
      : `with an iteration budget of ${iterations.toLocaleString('en-US')} (the same plans on any machine)`;
  const firstfit = runOne<BenchRow>('bench/solve-one.ts', [TRADEOFF_CASE, 'firstfit']);
  for (const h of TRADEOFF_POINTS) {
    process.stderr.write(`bench: ${TRADEOFF_CASE} / hospital first ${h} ... `);
    const row = runOne<BenchRow>('bench/solve-one.ts', [
      TRADEOFF_CASE,
      'sengeplan',
      '--hospital-first',
      String(h),
      ...budget,
    ]);
    process.stderr.write(`${row.valid ? 'valid' : 'INVALID'} in ${row.seconds.toFixed(1)} s\n`);
    rows.push(row);
  }
  const dayCost = defaultWeights.hospitalWaitDay;
  const points: TradeoffPoint[] = rows.map((r) => ({
    label: String(r.hospitalFirst),
    occupied: r.figures.occupiedBedNights,
    hospitalWaitDays: r.figures.hospitalWaitDays,
  }));
  const columns: [string, (r: BenchRow) => string | number][] = [
    [
      'hospital first',
      (r) => `${r.hospitalFirst}${r.hospitalFirst === DEFAULT_HOSPITAL_FIRST ? ' (default)' : ''}`,
    ],
    ['valid', (r) => (r.valid ? 'yes' : `NO (${r.violations})`)],
    ['occupied bed-nights', (r) => r.figures.occupiedBedNights],
    ['unplaced nights', (r) => r.figures.unplacedNights],
    ['hospital wait days', (r) => r.figures.hospitalWaitDays],
    ['their cost (NOK)', (r) => nok(r.figures.hospitalWaitDays * dayCost)],
    ['wait days (home)', (r) => r.figures.waitDays - r.figures.hospitalWaitDays],
    ['time (s)', (r) => r.seconds.toFixed(1)],
  ];
  const machine = `${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`;
  await writeFile(
    'bench/tradeoff.md',
    `# Filling beds against hospital waiting (${TRADEOFF_CASE})

Run ${new Date().toISOString().slice(0, 10)} on ${machine} with \`npm run bench -- --tradeoff\`; each point is
\`sengeplan solve --hospital-first X\` ${how}, seed 1, judged by the checker. A hospital
waiting day costs the municipality ${nok(dayCost)} NOK. firstfit: ${firstfit.figures.occupiedBedNights}
occupied bed-nights, ${firstfit.figures.hospitalWaitDays} hospital wait days
(${nok(firstfit.figures.hospitalWaitDays * dayCost)} NOK).

${table(columns, rows)}

![occupied bed-nights against hospital waiting days](tradeoff.svg)
`,
  );
  await writeFile(
    'bench/tradeoff.svg',
    tradeoffSvg(
      points,
      {
        label: 'firstfit',
        occupied: firstfit.figures.occupiedBedNights,
        hospitalWaitDays: firstfit.figures.hospitalWaitDays,
      },
      dayCost,
    ),
  );
  process.stderr.write('bench: wrote bench/tradeoff.md and bench/tradeoff.svg\n');
  if (rows.some((r) => !r.valid)) process.exitCode = 1;
}
