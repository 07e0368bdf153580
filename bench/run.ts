/** `npm run bench`: every case with every solver, each in its own process; writes bench/results.md. */
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { benchCases, benchSolvers } from './cases.ts';
import { renderResults, type BenchRow } from './render.ts';

const only = process.argv[2];
const rows: BenchRow[] = [];
for (const benchCase of benchCases.filter((c) => !only || c.name.includes(only))) {
  for (const solver of benchSolvers) {
    process.stderr.write(`bench: ${benchCase.name} / ${solver} ... `);
    const output = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'bench/solve-one.ts', benchCase.name, solver],
      {
        encoding: 'utf8',
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    const row = JSON.parse(output) as BenchRow;
    process.stderr.write(
      `${row.valid ? 'valid' : `INVALID (${row.violations})`} in ${row.seconds.toFixed(2)} s\n`,
    );
    rows.push(row);
  }
}
const machine = `${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`;
await writeFile('bench/results.md', renderResults(rows, machine, new Date().toISOString().slice(0, 10)));
process.stderr.write('bench: wrote bench/results.md\n');
if (rows.some((r) => !r.valid)) process.exitCode = 1;
