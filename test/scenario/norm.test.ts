import { describe, expect, it } from 'vitest';
import type { Random } from '../../solver/random.ts';
import { changeNorm } from '../../solver/scenario/norm.ts';
import { returnModel } from '../../solver/scenario/schema.ts';
import { buildInstance, requestInput, wardInput } from '../support/builders.ts';

const model = returnModel.parse({});

/** A stand-in for the seeded draws: chances answered in turn from a list, every float 0.5. */
function draws(chances: boolean[]): Random {
  const answers = [...chances];
  return {
    chance: () => answers.shift() ?? false,
    float: () => 0.5,
    int: () => 0,
    pick: (items) => items[0] as never,
    weighted: () => 0,
    shuffle: (items) => items,
  };
}

/** Horizon day 0 = 2027-01-04; day 65 = 2027-03-10 is its end. */
function instance(requests: Record<string, unknown>[]) {
  return buildInstance({
    wards: [wardInput('W1', ['korttid'], [2]), wardInput('W2', ['rehab'], [1])],
    horizon: { start: '2027-01-04', end: '2027-03-10' },
    requests,
  });
}

const korttid21 = requestInput('R1', {
  nights: 21,
  source: 'hospital',
  priority: 1,
  requiredTags: ['korttid'],
});

describe('a new short-term norm', () => {
  it('shortens every korttid request of the old length and leaves other lengths and kinds as they were', () => {
    const before = instance([
      korttid21,
      requestInput('R2', { nights: 28 }),
      requestInput('R3', { kind: 'rehab', nights: 21 }),
    ]);
    const result = changeNorm(
      before,
      'korttid',
      { fromNights: 21, toNights: 14, share: 1, returns: false },
      model,
      draws([]),
    );
    expect(result.changed).toEqual(['R1']);
    expect(result.instance.requests.map((r) => [r.id, r.kind, r.nights, r.source, r.priority])).toEqual([
      ['R1', 'korttid', 14, 'hospital', 1],
      ['R2', 'korttid', 28, 'home', 3],
      ['R3', 'rehab', 21, 'home', 3],
    ]);
  });

  it('shortens only the requests the seeded share draws', () => {
    const before = instance([
      korttid21,
      requestInput('R2', { nights: 21 }),
      requestInput('R3', { nights: 21 }),
    ]);
    const result = changeNorm(
      before,
      'korttid',
      { fromNights: 21, toNights: 14, share: 0.5, returns: false },
      model,
      draws([false, true, false]),
    );
    expect(result.instance.requests.map((r) => r.nights)).toEqual([21, 14, 21]);
  });

  it('brings a user home sooner back from home when the old length would have returned after the horizon', () => {
    // Stay ends 2027-01-18 (14 nights), home 43 days (mean 62 at u = 0.5) → back 2027-03-02 (day 57);
    // with 21 nights and 50 days (mean 72) it would have been 2027-03-16 (day 71), after the horizon.
    const result = changeNorm(
      instance([korttid21]),
      'korttid',
      { fromNights: 21, toNights: 14, share: 1, returns: true },
      model,
      draws([true, true]),
    );
    expect(result.added).toEqual(['R1-retur1']);
    expect(result.instance.requests[1]).toEqual({
      id: 'R1-retur1',
      personId: 'P-R1',
      kind: 'korttid',
      earliestStart: '2027-03-02',
      latestStart: '2027-03-09',
      nights: 14,
      priority: 3,
      source: 'home',
      requiredTags: ['korttid'],
      preferredCentres: [],
    });
  });

  it('adds no return for a user whose return under the old length already fell inside the horizon', () => {
    const result = changeNorm(
      instance([{ ...korttid21, earliestStart: '2027-01-04', latestStart: '2027-01-04' }]),
      'korttid',
      { fromNights: 21, toNights: 7, share: 1, returns: true },
      {
        ...model,
        meanDaysHome: [
          { nights: 7, days: 10 },
          { nights: 21, days: 20 },
        ],
      },
      draws([true, false]),
    );
    // Old: 2027-01-25 + 14 days = 2027-02-08, inside the horizon: the instance already holds that return.
    expect(result.added).toEqual([]);
    expect(result.instance.requests).toHaveLength(1);
  });

  it('adds no return for a user the draw says does not come back', () => {
    const result = changeNorm(
      instance([korttid21]),
      'korttid',
      { fromNights: 21, toNights: 14, share: 1, returns: true },
      model,
      draws([false]),
    );
    expect(result.added).toEqual([]);
  });
});

describe('a new rehabilitation norm', () => {
  it('shortens rehab requests of the old length and keeps korttid requests of that length', () => {
    const before = instance([
      korttid21,
      requestInput('R3', { kind: 'rehab', nights: 21, source: 'hospital', priority: 2 }),
    ]);
    const result = changeNorm(
      before,
      'rehab',
      { fromNights: 21, toNights: 14, share: 1, returns: false },
      model,
      draws([]),
    );
    expect(result.instance.requests.map((r) => [r.id, r.nights, r.source, r.priority])).toEqual([
      ['R1', 21, 'hospital', 1],
      ['R3', 14, 'hospital', 2],
    ]);
  });

  it('changes nothing when the norm stays at its length', () => {
    const before = instance([requestInput('R3', { kind: 'rehab', nights: 21 })]);
    const result = changeNorm(
      before,
      'rehab',
      { fromNights: 21, toNights: 21, share: 1, returns: true },
      model,
      draws([true, true]),
    );
    expect(result).toEqual({ instance: before, changed: [], added: [] });
  });
});
