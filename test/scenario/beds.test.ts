import { describe, expect, it } from 'vitest';
import { changeBeds } from '../../solver/scenario/beds.ts';
import { buildInstance, wardInput } from '../support/builders.ts';

/** Two korttid wards (W1: rooms of 2 and 1 beds; W2: one room of 2), a dementia korttid ward and a rehab ward. */
function instance() {
  return buildInstance({
    wards: [
      wardInput('W1', ['korttid'], [2, 1], {
        capacity: [{ start: '2027-01-04', end: '2027-02-01', beds: 2 }],
      }),
      wardInput('W2', ['korttid'], [2]),
      wardInput('W3', ['korttid', 'demens'], [1]),
      wardInput('W4', ['rehab'], [1]),
    ],
    fixed: [{ id: 'F1', personId: 'P1', bedId: 'W2-R1-B2', start: '2027-01-01', end: '2027-01-10' }],
  });
}

const bedIds = (inst: ReturnType<typeof instance>, wardId: string) =>
  inst.centres[0]?.wards.find((w) => w.id === wardId)?.rooms.map((r) => [r.id, r.beds.map((b) => b.id)]);

describe('beds added or removed per ward kind', () => {
  it('adds single rooms in turn to the wards of exactly that kind', () => {
    const result = changeBeds(instance(), ['korttid'], 3);
    expect(result.added).toEqual(['W1-N1-B1', 'W2-N1-B1', 'W1-N2-B1']);
    expect(bedIds(result.instance, 'W1')).toEqual([
      ['W1-R1', ['W1-R1-B1', 'W1-R1-B2']],
      ['W1-R2', ['W1-R2-B1']],
      ['W1-N1', ['W1-N1-B1']],
      ['W1-N2', ['W1-N2-B1']],
    ]);
    expect(bedIds(result.instance, 'W3')).toEqual([['W3-R1', ['W3-R1-B1']]]);
  });

  it('removes the last beds in turn, never one a fixed stay holds, and drops an emptied room', () => {
    const result = changeBeds(instance(), ['korttid'], -3);
    expect(result.removed).toEqual(['W1-R2-B1', 'W2-R1-B1', 'W1-R1-B2']);
    expect(bedIds(result.instance, 'W1')).toEqual([['W1-R1', ['W1-R1-B1']]]);
    expect(bedIds(result.instance, 'W2')).toEqual([['W2-R1', ['W2-R1-B2']]]);
  });

  it('drops a staffing cap that is no longer below the ward beds', () => {
    const result = changeBeds(instance(), ['korttid'], -2);
    expect(result.instance.centres[0]?.wards[0]?.capacity).toEqual([]);
  });

  it('refuses to remove more beds than are free of fixed stays', () => {
    expect(() => changeBeds(instance(), ['korttid'], -5)).toThrow(
      'only 4 beds of [korttid] can go: the rest hold fixed stays or pins',
    );
  });
});
