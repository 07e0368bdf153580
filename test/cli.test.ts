import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const BIN = 'bin/sengeplan.js';

async function sengeplan(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('the sengeplan command line', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sengeplan-cli-'));
  });

  it('solves the tiny fixture with firstfit and the checker accepts the plan', async () => {
    const planFile = join(dir, 'tiny-plan.json');
    const solved = await sengeplan('solve', 'fixtures/tiny.json', '--solver', 'firstfit', '-o', planFile);
    expect(solved.code).toBe(0);
    expect(solved.stderr).toMatch(/^firstfit: \d+ stays placed, \d+ unplaced in [\d.]+ s\n$/);
    const checked = await sengeplan('check', 'fixtures/tiny.json', planFile);
    expect(checked.code).toBe(0);
    const result = JSON.parse(checked.stdout);
    expect(result.valid).toBe(true);
    expect(result.violations).toEqual([]);
    expect(result.figures.availableBedNights).toBeGreaterThan(0);
  });

  it('exits 1 and lists the violation when a plan breaks a hard rule', async () => {
    const plan = JSON.parse((await sengeplan('solve', 'fixtures/tiny.json', '--solver', 'firstfit')).stdout);
    const stay = plan.stays.find((s: { requestId?: string }) => s.requestId !== undefined);
    const twin = { ...stay, bedId: stay.bedId };
    plan.stays.push(twin);
    const planFile = join(dir, 'broken-plan.json');
    await writeFile(planFile, JSON.stringify(plan));
    const checked = await sengeplan('check', 'fixtures/tiny.json', planFile);
    expect(checked.code).toBe(1);
    expect(JSON.parse(checked.stdout).valid).toBe(false);
  });

  it('solves with the search under an iteration budget, reporting progress, and explains the plan', async () => {
    const planFile = join(dir, 'tiny-search.json');
    const solved = await sengeplan(
      'solve',
      'fixtures/tiny.json',
      '--iterations',
      '2000',
      '--seed',
      '2',
      '-o',
      planFile,
    );
    expect(solved.code).toBe(0);
    expect(solved.stderr).toMatch(/^guide: .*\nconstruct: /);
    expect(solved.stderr).toMatch(/\ndone: /);
    expect((await sengeplan('check', 'fixtures/tiny.json', planFile)).code).toBe(0);
    const explained = await sengeplan('explain', 'fixtures/tiny.json', planFile, '--top', '3');
    expect(explained.code).toBe(0);
    const result = JSON.parse(explained.stdout);
    expect(result.constraints.map((c: { name: string }) => c.name)).toEqual([
      'unplaced',
      'idleBedNights',
      'hospitalWaiting',
      'waiting',
      'transfers',
      'seriesBedChanges',
      'seriesCentreChanges',
      'preferenceMisses',
    ]);
    expect(result.stays.length).toBeLessThanOrEqual(3);
  });

  it('exits 2 naming the field when the weights are wrong', async () => {
    const solved = await sengeplan('solve', 'fixtures/tiny.json', '--weights', '{"idleBedNight":"much"}');
    expect(solved.code).toBe(2);
    expect(solved.stderr).toContain('--weights: idleBedNight:');
  });

  it('exits 2 with a clear message on a file that is not JSON', async () => {
    const file = join(dir, 'not-json.json');
    await writeFile(file, '{ "version": 1, ');
    const checked = await sengeplan('check', file, file);
    expect(checked.code).toBe(2);
    expect(checked.stderr).toContain(`${file} is not valid JSON`);
  });

  it('exits 2 naming the field when an instance is not in the format', async () => {
    const instance = JSON.parse(await readFile('fixtures/tiny.json', 'utf8'));
    instance.requests[0].nights = 'fourteen';
    const file = join(dir, 'bad-instance.json');
    await writeFile(file, JSON.stringify(instance));
    const solved = await sengeplan('solve', file, '--solver', 'firstfit');
    expect(solved.code).toBe(2);
    expect(solved.stderr).toContain('is not a valid instance (format v1)');
    expect(solved.stderr).toContain('requests.0.nights:');
  });

  it('exits 2 naming the option when an option value is wrong', async () => {
    const generated = await sengeplan('generate', '--beds', 'many');
    expect(generated.code).toBe(2);
    expect(generated.stderr).toContain('--beds:');
  });

  it('generates the same instance twice for one seed', async () => {
    const first = await sengeplan('generate', '--seed', '5', '--beds', '30', '--days', '56', '--load', '1.1');
    const second = await sengeplan(
      'generate',
      '--seed',
      '5',
      '--beds',
      '30',
      '--days',
      '56',
      '--load',
      '1.1',
    );
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(second.stdout);
    expect(JSON.parse(first.stdout).version).toBe(1);
  });

  it('refuses an unknown solver by name', async () => {
    const solved = await sengeplan('solve', 'fixtures/tiny.json', '--solver', 'magic');
    expect(solved.code).toBe(2);
    expect(solved.stderr).toContain('--solver:');
  });
});
