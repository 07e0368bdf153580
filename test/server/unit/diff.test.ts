import { describe, expect, it } from 'vitest';
import { diffPlans } from '../../../server/plans/diff.ts';
import type { Plan, Stay } from '../../../solver/formats.ts';

const planOf = (...stays: Stay[]): Plan => ({ version: 1, stays, unplaced: [], metrics: {} });
const r1 = { requestId: 'R1', bedId: 'B1', start: '2027-01-04', end: '2027-01-18' };

describe('the diff between two plan versions', () => {
  it('finds nothing between a plan and itself but counts its stays as unchanged', () => {
    expect(diffPlans(planOf(r1), planOf(r1))).toEqual({ added: [], removed: [], moved: [], unchanged: 1 });
  });

  it('lists a stay only in the second plan as added, with its segments', () => {
    expect(diffPlans(planOf(), planOf(r1)).added).toEqual([
      { ref: { requestId: 'R1' }, segments: [{ bedId: 'B1', start: '2027-01-04', end: '2027-01-18' }] },
    ]);
  });

  it('lists a stay only in the first plan as removed', () => {
    expect(diffPlans(planOf(r1), planOf()).removed).toEqual([
      { ref: { requestId: 'R1' }, segments: [{ bedId: 'B1', start: '2027-01-04', end: '2027-01-18' }] },
    ]);
  });

  it('lists a stay in another bed as moved, from the old bed to the new', () => {
    expect(diffPlans(planOf(r1), planOf({ ...r1, bedId: 'B2' })).moved).toEqual([
      {
        ref: { requestId: 'R1' },
        from: [{ bedId: 'B1', start: '2027-01-04', end: '2027-01-18' }],
        to: [{ bedId: 'B2', start: '2027-01-04', end: '2027-01-18' }],
      },
    ]);
  });

  it('lists a stay on other dates in the same bed as moved', () => {
    const later = { ...r1, start: '2027-01-05', end: '2027-01-19' };
    expect(diffPlans(planOf(r1), planOf(later)).moved).toHaveLength(1);
  });

  it('lists a stay that gains a transfer as moved, with every segment', () => {
    const split = [
      { ...r1, end: '2027-01-10' },
      { ...r1, bedId: 'B2', start: '2027-01-10' },
    ];
    expect(diffPlans(planOf(r1), planOf(...split)).moved[0]?.to).toEqual([
      { bedId: 'B1', start: '2027-01-04', end: '2027-01-10' },
      { bedId: 'B2', start: '2027-01-10', end: '2027-01-18' },
    ]);
  });

  it('does not care in which order the segments of a stay are listed', () => {
    const a = { ...r1, end: '2027-01-10' };
    const b = { ...r1, bedId: 'B2', start: '2027-01-10' };
    expect(diffPlans(planOf(a, b), planOf(b, a)).unchanged).toBe(1);
  });

  it('tells occurrences of one series apart', () => {
    const occurrence = (n: number) => ({
      seriesId: 'S1',
      occurrence: n,
      bedId: 'B1',
      start: '2027-01-04',
      end: '2027-01-11',
    });
    const diff = diffPlans(planOf(occurrence(0)), planOf(occurrence(0), occurrence(1)));
    expect(diff.added.map((p) => p.ref)).toEqual([{ seriesId: 'S1', occurrence: 1 }]);
    expect(diff.unchanged).toBe(1);
  });
});
