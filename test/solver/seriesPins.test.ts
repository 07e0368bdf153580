import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../solver/checker/index.ts';
import { solve } from '../../solver/solve.ts';
import { buildInstance, wardInput } from '../support/builders.ts';

/** A 3-in, 6-home series from 4 January (occurrences on 4 Jan, 1 Feb, 1 Mar …) in a ward of two beds. */
function seriesWithPins(pins: { occurrence: number; bedId?: string; start?: string }[]) {
  return buildInstance({
    horizon: { start: '2027-01-04', end: '2027-05-03' },
    wards: [wardInput('W1', [], [2])],
    series: [
      {
        id: 'S1',
        personId: 'P1',
        phases: [{ inNights: 21, homeNights: 42 }],
        firstStart: { earliest: '2027-01-04', latest: '2027-01-11' },
        until: '2027-05-03',
        flexDays: 2,
        pins,
      },
    ],
  });
}

const solveBriefly = (instance: ReturnType<typeof seriesWithPins>) =>
  solve(instance, { maxIterations: 200, seed: 1, lp: 'none' });

describe('pins on rotation series', () => {
  it('a pin on a later occurrence chooses the anchor that agrees with it', async () => {
    const instance = seriesWithPins([{ occurrence: 1, bedId: 'W1-R1-B2', start: '2027-03-16' }]);
    const { plan } = await solveBriefly(instance);
    const second = plan.stays.find((s) => 'seriesId' in s && s.occurrence === 1);
    expect(second).toMatchObject({ bedId: 'W1-R1-B2', start: '2027-03-16' });
    expect(checkPlan(instance, plan).violations).toEqual([]);
  });

  it('pins that agree with no anchor leave the one that disagrees unplaced instead of breaking the pattern', async () => {
    const instance = seriesWithPins([
      { occurrence: 0, start: '2027-01-04' },
      { occurrence: 1, start: '2027-03-12' },
    ]);
    const { plan } = await solveBriefly(instance);
    expect(plan.stays.filter((s) => 'seriesId' in s).map((s) => s.start)).toEqual(['2027-01-04']);
    expect(checkPlan(instance, plan).violations.map((v) => v.rule)).toEqual(['pin']);
  });
});
