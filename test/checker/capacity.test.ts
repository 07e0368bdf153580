import { describe, it, expect } from 'vitest';
import { describeIssues, instance as instanceSchema, type Instance } from '../../solver/formats.ts';
import { d, makeInstance, validPlan } from './instance.ts';
import { check, expectOnlyViolation, expectValid } from './assert.ts';

/** The hand-made instance with ward C1-W1 (3 beds) staffed for `beds` beds on nights d(start)..d(end). */
function cappedKorttid(beds: number, start: number, end: number): Instance {
  const instance = makeInstance();
  const ward = instance.centres[0]?.wards[0];
  if (ward?.id !== 'C1-W1') throw new Error('the test instance changed');
  ward.capacity = [{ start: d(start), end: d(end), beds }];
  return instance;
}

describe('capacity', () => {
  it('a ward staffed for two beds that holds two stays a night keeps the capacity rule', () => {
    // R3 and R4 share C1-W1 d(16)..d(26); R1 and S1#4 are in C1-W1-R1-B1 outside those nights.
    expectValid(check(validPlan(), cappedKorttid(2, 16, 26)));
  });

  it('a ward staffed for one bed that holds two stays a night breaks the capacity rule', () => {
    const message = expectOnlyViolation(check(validPlan(), cappedKorttid(1, 16, 26)), 'capacity', [
      'R3',
      'R4',
      'C1-W1',
    ]);
    expect(message).toBe(
      'ward C1-W1 is staffed for 1 bed but has 2 occupied on 10 nights from 2027-01-20 (R3, R4)',
    );
  });

  it('a fixed stay counts toward the beds a ward is staffed for', () => {
    // F1 holds C1-W1-R2-B2 until d(6) while R1 is in C1-W1-R1-B1 from d(0).
    const message = expectOnlyViolation(check(validPlan(), cappedKorttid(1, 0, 10)), 'capacity', [
      'F1',
      'R1',
      'C1-W1',
    ]);
    expect(message).toBe(
      'ward C1-W1 is staffed for 1 bed but has 2 occupied on 6 nights from 2027-01-04 (F1, R1)',
    );
  });

  it('an instance whose ward capacity is not below its bed count is refused, naming the field', () => {
    const raw = structuredClone(makeInstance()) as unknown as {
      centres: { wards: { capacity?: unknown }[] }[];
    };
    (raw.centres[0]?.wards[0] as { capacity?: unknown }).capacity = [{ start: d(0), end: d(7), beds: 3 }];
    const result = instanceSchema.safeParse(raw);
    expect(result.success ? [] : describeIssues(result.error)).toEqual([
      "centres.0.wards.0.capacity.0.beds: beds must be below the ward's 3 beds",
    ]);
  });

  it('an instance whose ward capacity period ends before it starts is refused', () => {
    const raw = structuredClone(makeInstance()) as unknown as {
      centres: { wards: { capacity?: unknown }[] }[];
    };
    (raw.centres[0]?.wards[0] as { capacity?: unknown }).capacity = [{ start: d(7), end: d(7), beds: 1 }];
    const result = instanceSchema.safeParse(raw);
    expect(result.success ? [] : describeIssues(result.error)).toEqual([
      'centres.0.wards.0.capacity.0.end: end must be after start',
    ]);
  });
});
