import { describe, expect, it } from 'vitest';
import { capStaffing, closeWard, keepOhdFree } from '../../solver/scenario/wards.ts';
import { buildInstance, wardInput } from '../support/builders.ts';

function instance() {
  return buildInstance({
    wards: [
      wardInput('W1', ['korttid'], [2, 1], { closures: [{ start: '2027-01-10', end: '2027-01-12' }] }),
      wardInput('O1', ['ohd'], [3]),
      wardInput('O2', ['ohd'], [1]),
    ],
  });
}

const ward = (inst: ReturnType<typeof instance>, id: string) =>
  inst.centres[0]?.wards.find((w) => w.id === id);

describe('ward closures, staffing caps and ØHD beds kept free', () => {
  it('closes a ward for the nights of the period, after the closures it had', () => {
    const result = closeWard(instance(), 'W1', '2027-02-01', '2027-02-15');
    expect(ward(result, 'W1')?.closures).toEqual([
      { start: '2027-01-10', end: '2027-01-12' },
      { start: '2027-02-01', end: '2027-02-15' },
    ]);
  });

  it('caps a ward at the staffed beds for the period', () => {
    const result = capStaffing(instance(), 'W1', { start: '2027-02-01', end: '2027-02-15', beds: 1 });
    expect(ward(result, 'W1')?.capacity).toEqual([{ start: '2027-02-01', end: '2027-02-15', beds: 1 }]);
  });

  it('refuses a staffing cap of all the ward beds or more', () => {
    expect(() => capStaffing(instance(), 'W1', { start: '2027-02-01', end: '2027-02-15', beds: 3 })).toThrow(
      'a staffing cap on W1 must be below its 3 beds',
    );
  });

  it('keeps ØHD beds free over the whole horizon, spread in turn round the ØHD wards', () => {
    const result = keepOhdFree(instance(), 3, ['ohd']);
    expect(ward(result, 'O1')?.capacity).toEqual([{ start: '2027-01-04', end: '2027-03-01', beds: 1 }]);
    expect(ward(result, 'O2')?.capacity).toEqual([{ start: '2027-01-04', end: '2027-03-01', beds: 0 }]);
  });

  it('refuses to keep more ØHD beds free than there are', () => {
    expect(() => keepOhdFree(instance(), 5, ['ohd'])).toThrow('only 4 beds in wards [ohd] can be kept free');
  });
});
