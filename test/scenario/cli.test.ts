import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

async function sengeplan(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['bin/sengeplan.js', ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const ALTERNATIVES = ['fixtures/scenarios/alternativ-0.json', 'fixtures/scenarios/alternativ-1.json'];

describe('sengeplan whatif', () => {
  it('prints the comparison as a Markdown table and writes every run to the report', async () => {
    const reportFile = join(await mkdtemp(join(tmpdir(), 'sengeplan-whatif-')), 'report.json');
    const result = await sengeplan(
      'whatif',
      'fixtures/tiny.json',
      ...ALTERNATIVES,
      '--seeds',
      '2',
      '--iterations',
      '2000',
      '-o',
      reportFile,
    );
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(
      '| figure | baseline | alternativ-0 | Δ alternativ-0 | alternativ-1 | Δ alternativ-1 |',
    );
    expect(lines.map((line) => line.split(' | ')[0])).toEqual([
      '| figure',
      '| ---',
      '| users served',
      '| … from home',
      '| … from hospital',
      '| stays (= decisions, vedtak)',
      '| … from home',
      '| … from hospital',
      '| bed-nights used',
      '| bed-nights idle',
      '| waiting list at the end',
      '| waiting days',
      '| hospital waiting days, placed',
      '| hospital discharges not placed',
      '| … their waiting days (to the end)',
      '| hospital waiting cost (NOK, 5,981/day)',
      '| departures (room cleanings)',
      '| egenandel income (NOK, 200/night)',
      '| people over 60 short-term nights in a year',
      '| valid plans',
    ]);
    const report = JSON.parse(await readFile(reportFile, 'utf8'));
    expect(report.seeds).toEqual([1, 2]);
    expect(report.budget).toEqual({ maxIterations: 2000, timeLimitSeconds: 86400 });
    expect(report.baseline.map((r: { seed: number }) => r.seed)).toEqual([1, 2]);
    expect(report.scenarios.map((s: { name: string }) => s.name)).toEqual(['alternativ-0', 'alternativ-1']);
    expect(report.scenarios[1].runs[0].changes[0]).toEqual({
      type: 'shortTermNorm',
      changed: 2,
      added: 0,
      removed: 0,
    });
  });

  it('finds no difference at all for alternative 0 under an iteration budget', async () => {
    const result = await sengeplan(
      'whatif',
      'fixtures/tiny.json',
      ALTERNATIVES[0] as string,
      '--seeds',
      '1',
      '--iterations',
      '500',
    );
    expect(result.code).toBe(0);
    const differences = result.stdout
      .trimEnd()
      .split('\n')
      .slice(2, -1)
      .map((line) => line.split('|')[4]?.trim());
    expect(new Set(differences)).toEqual(new Set(['0']));
  });

  it('exits 2 when no scenario is given or both budgets are', async () => {
    const none = await sengeplan('whatif', 'fixtures/tiny.json');
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(
      /^sengeplan whatif: expected <instance.json> and at least one <scenario.json>/,
    );
    const both = await sengeplan(
      'whatif',
      'fixtures/tiny.json',
      ...ALTERNATIVES,
      '--time-limit',
      '5',
      '--iterations',
      '10',
    );
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/^sengeplan whatif: give --time-limit or --iterations, not both/);
  });

  it('names the scenario and the change that cannot be applied', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sengeplan-whatif-'));
    const file = join(dir, 'closure.json');
    const closure = { type: 'wardClosure', wardId: 'X9', start: '2027-02-01', end: '2027-02-08' };
    await writeFile(file, JSON.stringify({ name: 'stengt', changes: [closure] }));
    const result = await sengeplan(
      'whatif',
      'fixtures/tiny.json',
      file,
      '--seeds',
      '1',
      '--iterations',
      '10',
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'sengeplan whatif: scenario "stengt", change 1 (wardClosure): unknown ward X9',
    );
  });
});
