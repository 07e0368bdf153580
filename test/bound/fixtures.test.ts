import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstFit } from '../../solver/baselines/firstfit.ts';
import { upperBound } from '../../solver/bound/index.ts';
import { checkPlan } from '../../solver/checker/index.ts';
import { instance as instanceSchema, type Instance } from '../../solver/formats.ts';
import { createEngine } from '../../solver/lp/index.ts';
import { solve } from '../../solver/solve.ts';

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

describe.each(['tiny', 'small'])('the tighter bounds on fixtures/%s.json', (name) => {
  const instance = load(name);
  /** Occupied bed-nights of a plan the checker accepts. */
  const occupied = (plan: ReturnType<typeof firstFit>) => {
    const result = checkPlan(instance, plan);
    expect(result.violations).toEqual([]);
    return result.figures.occupiedBedNights;
  };

  it('lie between the plans of firstfit and the search and the LP bound with independent occurrences', async () => {
    const engine = await createEngine('highs');
    const untied = await upperBound(instance, engine, { tieSeries: false });
    const tied = await upperBound(instance, engine);
    // The MIP's part budget only decides how tight it gets; its bound holds whenever it stops.
    const mip = await upperBound(instance, engine, { method: 'mip', mipPartSeconds: 3 });
    expect(tied.tieSeries).toBe(true);
    expect(tied.occupiedBedNights).toBeLessThanOrEqual(untied.occupiedBedNights);
    expect(mip.lpBedNights).toBe(tied.occupiedBedNights);
    expect(mip.occupiedBedNights).toBeLessThanOrEqual(tied.occupiedBedNights);
    expect(mip.occupiedBedNights).toBeGreaterThanOrEqual(occupied(firstFit(instance)));
    expect(mip.occupiedBedNights).toBeGreaterThanOrEqual(
      occupied((await solve(instance, { maxIterations: 20000 })).plan),
    );
  }, 120_000);
});
