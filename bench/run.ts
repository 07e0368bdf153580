/**
 * `npm run bench [-- filter]`: the upper bound of every case (HiGHS, and javascript-lp-solver where it
 * finishes), then every solver on every case, each in its own process; writes bench/results.md.
 * `npm run bench -- --tradeoff [--iterations N]`: the hospital-first sweep on Bergen instead (bench/tradeoff.ts).
 */
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { benchCases, benchSolvers } from './cases.ts';
import { renderResults, type BenchRow, type BoundRow } from './render.ts';
import { runTradeoff } from './tradeoff.ts';

function runOne<T>(script: string, args: string[]): T {
  const output = execFileSync(process.execPath, ['--import', 'tsx', script, ...args], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(output) as T;
}

if (process.argv.includes('--tradeoff')) {
  const at = process.argv.indexOf('--iterations');
  await runTradeoff(runOne, at > 0 ? Number(process.argv[at + 1]) : undefined);
  process.exit();
}

const only = process.argv[2];
const rows: BenchRow[] = [];
const bounds: BoundRow[] = [];
for (const benchCase of benchCases.filter((c) => !only || c.name.includes(only))) {
  for (const engine of benchCase.jslp ? ['highs', 'jslp'] : ['highs']) {
    process.stderr.write(`bench: ${benchCase.name} / bound (${engine}) ... `);
    const bound = runOne<BoundRow>('bench/bound-one.ts', [benchCase.name, engine]);
    process.stderr.write(`${bound.occupiedBedNights} (${bound.status}) in ${bound.seconds.toFixed(1)} s\n`);
    bounds.push(bound);
  }
  for (const solver of benchSolvers) {
    process.stderr.write(`bench: ${benchCase.name} / ${solver} ... `);
    const row = runOne<BenchRow>('bench/solve-one.ts', [benchCase.name, solver]);
    process.stderr.write(
      `${row.valid ? 'valid' : `INVALID (${row.violations})`} in ${row.seconds.toFixed(1)} s\n`,
    );
    rows.push(row);
  }
}
const machine = `${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`;
await writeFile(
  'bench/results.md',
  renderResults(rows, bounds, machine, new Date().toISOString().slice(0, 10)),
);
process.stderr.write('bench: wrote bench/results.md\n');
if (rows.some((r) => !r.valid)) process.exitCode = 1;
