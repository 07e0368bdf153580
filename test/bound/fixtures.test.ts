import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstFit } from '../../solver/baselines/firstfit.ts';
import { upperBound } from '../../solver/bound/index.ts';
import { checkPlan } from '../../solver/checker/index.ts';
import { instance as instanceSchema, type Instance } from '../../solver/formats.ts';
import { createEngine } from '../../solver/lp/index.ts';

const load = (name: string): Instance =>
  instanceSchema.parse(JSON.parse(readFileSync(`fixtures/${name}.json`, 'utf8')));

const firstFitOccupied = (instance: Instance) =>
  checkPlan(instance, firstFit(instance)).figures.occupiedBedNights;

describe('the bound on fixtures/tiny.json', () => {
  const tiny = load('tiny');

  it('is at least what firstfit occupies', async () => {
    const result = await upperBound(tiny, await createEngine('highs'));
    expect(result.occupiedBedNights).toBeGreaterThanOrEqual(firstFitOccupied(tiny));
  });

  it('is reached by the hand-made plan that places everything', async () => {
    // test/generator/fixtures.test.ts places all 11 requests (148 nights) and all occurrences (S1 7 + 7
    // + 14, S2 21 + 7 inside the horizon = 56) next to F1's 7 horizon nights: 148 + 56 + 7 = 211.
    const result = await upperBound(tiny, await createEngine('highs'));
    expect(result.fixedNights).toBe(7);
    expect(result.occupiedBedNights).toBe(211);
  });

  it('is the same with both engines', async () => {
    const [a, b] = await Promise.all([
      upperBound(tiny, await createEngine('highs')),
      upperBound(tiny, await createEngine('jslp')),
    ]);
    expect(b.occupiedBedNights).toBe(a.occupiedBedNights);
  });
});

describe('the bound on fixtures/small.json', () => {
  it('is at least what firstfit occupies', async () => {
    const small = load('small');
    const result = await upperBound(small, await createEngine('highs'));
    expect(result.status).toBe('optimal');
    expect(result.occupiedBedNights).toBeGreaterThanOrEqual(firstFitOccupied(small));
    expect(result.occupiedBedNights).toBeLessThanOrEqual(
      checkPlan(small, firstFit(small)).figures.availableBedNights,
    );
  });
});
