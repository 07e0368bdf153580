import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../solver/checker/index.ts';
import { instance as instanceSchema, plan as planSchema } from '../../../solver/formats.ts';
import { B1, instanceWith, planOf, request } from './scenario.ts';

const run = promisify(execFile);

describe('sengeplan repair on the command line', () => {
  it('writes a new plan the checker accepts against the instance with the events applied', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sengeplan-repair-'));
    const file = (name: string) => join(dir, name);
    const instance = instanceWith([
      request('A', { earliestStart: '2027-01-05', latestStart: '2027-01-05', nights: 9 }),
      request('B', { earliestStart: '2027-01-14', latestStart: '2027-01-14' }),
    ]);
    const plan = planOf([
      { requestId: 'A', bedId: B1, start: '2027-01-05', end: '2027-01-14' },
      { requestId: 'B', bedId: B1, start: '2027-01-14', end: '2027-01-21' },
    ]);
    await writeFile(file('instance.json'), JSON.stringify(instance));
    await writeFile(file('plan.json'), JSON.stringify(plan));
    await writeFile(file('events.json'), JSON.stringify([{ type: 'extend', requestId: 'A', nights: 3 }]));
    const { stderr } = await run(process.execPath, [
      'bin/sengeplan.js',
      'repair',
      file('instance.json'),
      file('plan.json'),
      file('events.json'),
      '--today',
      '2027-01-11',
      '-o',
      file('new-plan.json'),
      '--instance-out',
      file('new-instance.json'),
    ]);
    expect(stderr).toBe('repair: 1 events, 1 moves, 0 from the waiting list, 0 unplaced, status ok\n');
    const newPlan = planSchema.parse(JSON.parse(await readFile(file('new-plan.json'), 'utf8')));
    const newInstance = instanceSchema.parse(JSON.parse(await readFile(file('new-instance.json'), 'utf8')));
    expect(checkPlan(newInstance, newPlan).valid).toBe(true);
    expect(newPlan.stays.find((s) => 'requestId' in s && s.requestId === 'A')?.end).toBe('2027-01-17');
  });
});
