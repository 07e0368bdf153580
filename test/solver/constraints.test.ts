import { describe, expect, it } from 'vitest';
import {
  idlePenalty,
  preferencePenalty,
  seriesBedChangePenalty,
  seriesCentreChangePenalty,
  transferPenalty,
  unplacedPenalty,
  waitingPenalty,
  type Demand,
} from '../../solver/objective/constraints.ts';
import { defaultWeights as w, weightsSchema } from '../../solver/objective/weights.ts';

const demand = (fields: Partial<Demand> = {}): Demand => ({
  nights: 14,
  priority: 3,
  source: 'home',
  preferredCentres: [],
  ...fields,
});

describe('the soft constraints, each with its exact penalty', () => {
  it('an unplaced 14-night priority-1 request costs 14 nights at 8,000 times 2', () => {
    expect(unplacedPenalty(w, demand({ priority: 1 }))).toBe(224_000);
  });

  it('an unplaced 14-night priority-5 request costs 14 nights at 8,000', () => {
    expect(unplacedPenalty(w, demand({ priority: 5 }))).toBe(112_000);
  });

  it('an unplaced series stay of 21 nights counts as priority 2', () => {
    expect(unplacedPenalty(w, demand({ nights: 21, priority: 2, source: 'series' }))).toBe(268_800);
  });

  it('ten idle bed-nights cost 60,000', () => {
    expect(idlePenalty(w, 10)).toBe(60_000);
  });

  it('a hospital discharge waiting three days costs what the municipality pays: 3 × 5,981', () => {
    expect(waitingPenalty(w, demand({ source: 'hospital' }), 3)).toBe(17_943);
  });

  it('a home applicant waiting three days costs 3 × 500', () => {
    expect(waitingPenalty(w, demand({ source: 'home' }), 3)).toBe(1_500);
  });

  it('a series stay moved inside its flex days costs no waiting', () => {
    expect(waitingPenalty(w, demand({ source: 'series' }), 2)).toBe(0);
  });

  it('two transfers inside stays cost 2 × 50,000', () => {
    expect(transferPenalty(w, 2)).toBe(100_000);
  });

  it('a rotation user kept in the same bed costs nothing', () => {
    expect(seriesBedChangePenalty(w, 'B1', 'B1')).toBe(0);
  });

  it('a rotation user moved to another bed costs 400,000, more than a three-week stay is worth', () => {
    expect(seriesBedChangePenalty(w, 'B1', 'B2')).toBe(400_000);
    expect(seriesBedChangePenalty(w, 'B1', 'B2')).toBeGreaterThan(
      unplacedPenalty(w, demand({ nights: 21, priority: 2 })),
    );
  });

  it('a rotation user moved to another centre costs 100,000 more', () => {
    expect(seriesCentreChangePenalty(w, 'C1', 'C2')).toBe(100_000);
    expect(seriesCentreChangePenalty(w, 'C1', 'C1')).toBe(0);
  });

  it('a stay outside every preferred centre costs 300', () => {
    expect(preferencePenalty(w, demand({ preferredCentres: ['C1'] }), 'C2')).toBe(300);
  });

  it('a stay in a preferred centre, or with no wish, costs nothing', () => {
    expect(preferencePenalty(w, demand({ preferredCentres: ['C1'] }), 'C1')).toBe(0);
    expect(preferencePenalty(w, demand(), 'C2')).toBe(0);
  });

  it('weights can be changed one at a time and keep the rest', () => {
    const custom = weightsSchema.parse({ idleBedNight: 1 });
    expect(idlePenalty(custom, 10)).toBe(10);
    expect(custom.hospitalWaitDay).toBe(5_981);
  });
});
