import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { instance as instanceSchema, type Instance, type Plan } from '../../solver/formats.ts';
import { applyScenario } from '../../solver/scenario/apply.ts';
import { scenarioFigures } from '../../solver/scenario/figures.ts';
import { runWhatIf } from '../../solver/scenario/run.ts';
import { figureOptions, scenario as scenarioSchema } from '../../solver/scenario/schema.ts';
import { tinyValidPlan } from '../support/tinyValidPlan.ts';

/** Every kind of change once, on fixtures/tiny.json. */
const everyChange = scenarioSchema.parse({
  name: 'alt',
  changes: [
    { type: 'shortTermNorm', fromNights: 21, toNights: 14, share: 0.5 },
    { type: 'rehabNorm', fromNights: 21, toNights: 14 },
    { type: 'seriesPattern', from: [{ inNights: 21, homeNights: 21 }], to: 'staircase' },
    { type: 'beds', wardTags: ['korttid'], change: 2 },
    { type: 'beds', wardTags: ['rehab'], change: -1 },
    { type: 'wardClosure', wardId: 'C1-W1', start: '2027-02-22', end: '2027-03-01' },
    { type: 'staffingCap', wardId: 'C1-W1', start: '2027-01-04', end: '2027-01-18', beds: 3 },
    { type: 'ohdKeptFree', beds: 1 },
  ],
});

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

function tiny(): Instance {
  return instanceSchema.parse(JSON.parse(readFileSync('fixtures/tiny.json', 'utf8')));
}

describe('a scenario and the instance and plan it is made from', () => {
  it('leaves the instance and the plan exactly as they were while it is applied, solved and counted', async () => {
    const instance = deepFreeze(tiny());
    const plan: Plan = deepFreeze(tinyValidPlan());
    const applied = applyScenario(instance, everyChange, 7);
    scenarioFigures(applied.instance, plan, figureOptions.parse({}));
    scenarioFigures(instance, plan, figureOptions.parse({}));
    await runWhatIf(instance, [everyChange], {
      seeds: [1],
      budget: { maxIterations: 200 },
      figures: figureOptions.parse({}),
    });
    expect(instance).toEqual(tiny());
    expect(plan).toEqual(tinyValidPlan());
  });

  it('gives the same instance for the same seed', () => {
    expect(applyScenario(tiny(), everyChange, 3)).toEqual(applyScenario(tiny(), everyChange, 3));
  });

  it('applies every change in order, saying what each did', () => {
    const applied = applyScenario(tiny(), everyChange, 7);
    expect(
      applied.instance.requests
        .filter((r) => r.nights === 14 && ['R4', 'R6'].includes(r.id))
        .map((r) => r.id),
    ).toEqual(['R4']);
    expect(applied.summary.map((s) => [s.type, s.changed, s.added, s.removed])).toEqual([
      ['shortTermNorm', 1, 0, 0],
      ['rehabNorm', 2, 0, 0],
      ['seriesPattern', 1, 0, 0],
      ['beds', 0, 2, 0],
      ['beds', 0, 0, 1],
      ['wardClosure', 1, 0, 0],
      ['staffingCap', 1, 0, 0],
      ['ohdKeptFree', 1, 0, 0],
    ]);
  });
});

describe('the committed scenario files', () => {
  it('define alternative 0 as no change and alternative 1 as seed 001 does', () => {
    const read = (name: string) =>
      scenarioSchema.parse(JSON.parse(readFileSync(`fixtures/scenarios/${name}.json`, 'utf8')));
    expect(read('alternativ-0').changes).toEqual([]);
    expect(read('alternativ-1').changes.map((c) => c.type)).toEqual([
      'shortTermNorm',
      'rehabNorm',
      'seriesPattern',
      'seriesPattern',
    ]);
    const applied = applyScenario(tiny(), read('alternativ-1'), 1).instance;
    expect(applied.requests.filter((r) => r.kind === 'korttid').map((r) => r.nights)).not.toContain(21);
    expect(applied.requests.filter((r) => r.kind === 'rehab').map((r) => r.nights)).toEqual([21, 21]);
    expect(applied.series.map((s) => s.phases[0])).toEqual([
      { inNights: 7, homeNights: 14, count: 2 },
      { inNights: 7, homeNights: 42, count: 2 },
    ]);
  });
});
