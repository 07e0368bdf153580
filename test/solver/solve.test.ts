import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../solver/checker/index.ts';
import { instance as instanceSchema, type Instance } from '../../solver/formats.ts';
import { generateInstance } from '../../solver/generator/index.ts';
import { explain } from '../../solver/objective/explain.ts';
import { solve } from '../../solver/solve.ts';
import { buildInstance, requestInput, wardInput } from '../support/builders.ts';

const fixture = (name: string): Instance =>
  instanceSchema.parse(JSON.parse(readFileSync(`fixtures/${name}.json`, 'utf8')));

/** Every ward kind, rotation series among them, at a third of small.json's size. */
const generated = (): Instance => generateInstance({ seed: 7, beds: 30, days: 112, load: 1.1 });

describe('solve', () => {
  it('makes a plan for the tiny fixture that the checker accepts', async () => {
    const instance = fixture('tiny');
    const result = await solve(instance, { maxIterations: 5_000 });
    expect(checkPlan(instance, result.plan).violations).toEqual([]);
  });

  it('makes a plan for the small fixture that the checker accepts', async () => {
    const instance = fixture('small');
    expect(checkPlan(instance, (await solve(instance, { maxIterations: 50_000 })).plan).violations).toEqual(
      [],
    );
  });

  it('makes a valid plan without the aggregate model too', async () => {
    const instance = fixture('small');
    const result = await solve(instance, { lp: 'none', maxIterations: 20_000 });
    expect(checkPlan(instance, result.plan).violations).toEqual([]);
  });

  it('takes its start days from javascript-lp-solver when asked', async () => {
    const instance = fixture('tiny');
    const result = await solve(instance, { lp: 'jslp', maxIterations: 2_000 });
    expect(checkPlan(instance, result.plan).violations).toEqual([]);
  });

  it('never returns a plan that scores worse than the one it constructed', async () => {
    const instance = generated();
    const constructed = await solve(instance, { maxIterations: 0 });
    const searched = await solve(instance, { maxIterations: 50_000 });
    expect(searched.score).toBeLessThan(constructed.score);
  });

  it('gives the same plan twice for one seed and one iteration budget', async () => {
    const instance = generated();
    const first = await solve(instance, { seed: 3, maxIterations: 20_000 });
    const second = await solve(instance, { seed: 3, maxIterations: 20_000 });
    expect(second.plan.stays).toEqual(first.plan.stays);
    expect(second.status).toBe('iterationLimit');
  });

  it('scores its plan exactly as explain breaks it down', async () => {
    const instance = generated();
    const result = await solve(instance, { maxIterations: 20_000, hospitalFirst: 0 });
    expect(explain(instance, result.plan).total).toBe(result.score);
  });

  it('stops with the best plan so far when the time runs out', async () => {
    const instance = fixture('tiny');
    const result = await solve(instance, { timeLimitSeconds: 0.05 });
    expect(result.status).toBe('timeLimit');
    expect(checkPlan(instance, result.plan).valid).toBe(true);
  });

  it('stops with a valid plan when cancelled', async () => {
    const instance = fixture('tiny');
    const controller = new AbortController();
    controller.abort();
    const result = await solve(instance, { signal: controller.signal });
    expect(result.status).toBe('cancelled');
    expect(checkPlan(instance, result.plan).valid).toBe(true);
  });

  it('reports progress from construction to the end', async () => {
    const phases: string[] = [];
    await solve(fixture('tiny'), { maxIterations: 100, onProgress: (p) => phases.push(p.phase) });
    expect(phases.slice(0, 2)).toEqual(['guide', 'construct']);
    expect(phases[phases.length - 1]).toBe('done');
  });

  it('honours a pinned bed and start even when another bed would fit better', async () => {
    const instance = buildInstance({
      wards: [wardInput('W1', ['korttid'], [1, 1])],
      requests: [
        requestInput('R1', { latestStart: '2027-01-20', pin: { bedId: 'W1-R2-B1', start: '2027-01-15' } }),
      ],
    });
    expect((await solve(instance, { maxIterations: 1_000 })).plan.stays).toEqual([
      { requestId: 'R1', bedId: 'W1-R2-B1', start: '2027-01-15', end: '2027-01-22' },
    ]);
  });

  it('leaves a request it cannot place unplaced with a reason a planner understands', async () => {
    const instance = buildInstance({
      wards: [wardInput('W1', ['korttid'], [1])],
      requests: [requestInput('R1', { requiredTags: ['rehab'], nights: 21 })],
    });
    expect((await solve(instance, { maxIterations: 100 })).plan.unplaced).toEqual([
      {
        requestId: 'R1',
        reason: 'no bed has the tags [rehab]',
        why: { code: 'noBedWithTags', kind: 'korttid', tags: ['rehab'] },
      },
    ]);
  });
});
