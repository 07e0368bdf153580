import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../solver/checker/index.ts';
import { instance as instanceSchema, type Instance } from '../../solver/formats.ts';
import { explain } from '../../solver/objective/explain.ts';
import { solve } from '../../solver/solve.ts';
import { buildInstance, requestInput, wardInput } from '../support/builders.ts';

const fixture = (name: string): Instance =>
  instanceSchema.parse(JSON.parse(readFileSync(`fixtures/${name}.json`, 'utf8')));

describe('solve', () => {
  it('makes a plan for the tiny fixture that the checker accepts', () => {
    const instance = fixture('tiny');
    const result = solve(instance, { maxIterations: 5_000 });
    expect(checkPlan(instance, result.plan).violations).toEqual([]);
  });

  it('makes a plan for the small fixture that the checker accepts', () => {
    const instance = fixture('small');
    expect(checkPlan(instance, solve(instance, { maxIterations: 50_000 }).plan).violations).toEqual([]);
  });

  it('never returns a plan that scores worse than the one it constructed', () => {
    const instance = fixture('small');
    const constructed = solve(instance, { maxIterations: 0 });
    const searched = solve(instance, { maxIterations: 50_000 });
    expect(searched.score).toBeLessThan(constructed.score);
  });

  it('gives the same plan twice for one seed and one iteration budget', () => {
    const instance = fixture('small');
    const first = solve(instance, { seed: 3, maxIterations: 20_000 });
    const second = solve(instance, { seed: 3, maxIterations: 20_000 });
    expect(second.plan.stays).toEqual(first.plan.stays);
    expect(second.status).toBe('iterationLimit');
  });

  it('scores its plan exactly as explain breaks it down', () => {
    const instance = fixture('small');
    const result = solve(instance, { maxIterations: 20_000 });
    expect(explain(instance, result.plan).total).toBe(result.score);
  });

  it('stops with the best plan so far when the time runs out', () => {
    const instance = fixture('tiny');
    const result = solve(instance, { timeLimitSeconds: 0.05 });
    expect(result.status).toBe('timeLimit');
    expect(checkPlan(instance, result.plan).valid).toBe(true);
  });

  it('stops with a valid plan when cancelled', () => {
    const instance = fixture('tiny');
    const controller = new AbortController();
    controller.abort();
    const result = solve(instance, { signal: controller.signal });
    expect(result.status).toBe('cancelled');
    expect(checkPlan(instance, result.plan).valid).toBe(true);
  });

  it('reports progress from construction to the end', () => {
    const phases: string[] = [];
    solve(fixture('tiny'), { maxIterations: 100, onProgress: (p) => phases.push(p.phase) });
    expect(phases[0]).toBe('construct');
    expect(phases[phases.length - 1]).toBe('done');
  });

  it('honours a pinned bed and start even when another bed would fit better', () => {
    const instance = buildInstance({
      wards: [wardInput('W1', ['korttid'], [1, 1])],
      requests: [
        requestInput('R1', { latestStart: '2027-01-20', pin: { bedId: 'W1-R2-B1', start: '2027-01-15' } }),
      ],
    });
    expect(solve(instance, { maxIterations: 1_000 }).plan.stays).toEqual([
      { requestId: 'R1', bedId: 'W1-R2-B1', start: '2027-01-15', end: '2027-01-22' },
    ]);
  });

  it('leaves a request it cannot place unplaced with a reason a planner understands', () => {
    const instance = buildInstance({
      wards: [wardInput('W1', ['korttid'], [1])],
      requests: [requestInput('R1', { requiredTags: ['rehab'], nights: 21 })],
    });
    expect(solve(instance, { maxIterations: 100 }).plan.unplaced).toEqual([
      { requestId: 'R1', reason: 'no bed has the tags [rehab]' },
    ]);
  });
});
