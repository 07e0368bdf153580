import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { instance as instanceSchema } from '../../solver/formats.ts';
import { defaultWeights } from '../../solver/objective/weights.ts';
import { explain } from '../../solver/objective/explain.ts';
import { DEFAULT_HOSPITAL_FIRST, solve, withHospitalFirst } from '../../solver/solve.ts';
import { checkPlan } from '../../solver/checker/index.ts';
import { buildInstance, requestInput, wardInput } from '../support/builders.ts';

const tiny = () => instanceSchema.parse(JSON.parse(readFileSync('fixtures/tiny.json', 'utf8')));

describe('hospital first', () => {
  it('weighs a hospital waiting day at its cost at 0, ten times at 0.5 and a hundred times at 1', () => {
    const day = (h: number) => withHospitalFirst(defaultWeights, h).hospitalWaitDay;
    expect([day(0), day(0.5), day(1)].map(Math.round)).toEqual([5_981, 59_810, 598_100]);
  });

  it('keeps a value outside 0..1 at the nearest end', () => {
    const day = (h: number) => withHospitalFirst(defaultWeights, h).hospitalWaitDay;
    expect([day(-1), day(2)].map(Math.round)).toEqual([5_981, 598_100]);
  });

  it('scores the default plan as explain does with the default point’s weights', async () => {
    const instance = tiny();
    const result = await solve(instance, { maxIterations: 2_000 });
    const weights = withHospitalFirst(defaultWeights, DEFAULT_HOSPITAL_FIRST);
    expect(explain(instance, result.plan, weights).total).toBe(result.score);
  });

  it('lets a hospital discharge wait for a longer home stay at 0 and takes it first at 1', async () => {
    // One bed; a fortnight from home that must start on the first night, a week from hospital that may wait.
    const instance = buildInstance({
      wards: [wardInput('W1', ['korttid'], [1])],
      requests: [
        requestInput('HOME', { nights: 14, earliestStart: '2027-01-04', latestStart: '2027-01-04' }),
        requestInput('HOSPITAL', {
          nights: 7,
          source: 'hospital',
          earliestStart: '2027-01-04',
          latestStart: '2027-01-25',
        }),
      ],
    });
    const waits = async (h: number) => {
      const { plan } = await solve(instance, { maxIterations: 2_000, hospitalFirst: h });
      const { hospitalWaitDays, unplacedRequests } = checkPlan(instance, plan).figures;
      return { hospitalWaitDays, unplacedRequests };
    };
    expect(await waits(0)).toEqual({ hospitalWaitDays: 14, unplacedRequests: 0 });
    expect(await waits(1)).toEqual({ hospitalWaitDays: 0, unplacedRequests: 1 });
  });
});
