import { describe, it, expect } from 'vitest';
import { makeInstance, replaceStays, rq, oc, validPlan } from './instance.ts';
import { check, expectNoViolationOf, expectOnlyViolation, expectValid } from './assert.ts';

describe('bedConflict', () => {
  it('stays that follow each other in a bed keep the bedConflict rule', () => {
    // C1-W1-R1-B1: R1 d(0)..d(14), then S1#4 d(34)..d(38).
    expectNoViolationOf(check(validPlan()), 'bedConflict');
  });

  it('two segments of one stay joined in the same bed are one stay', () => {
    const plan = replaceStays(
      validPlan(),
      'R3',
      rq('R3', 'C1-W1-R2-B1', 16, 21),
      rq('R3', 'C1-W1-R2-B1', 21, 26),
    );
    expectValid(check(plan));
  });

  it('two plan stays in one bed on the same night break the bedConflict rule', () => {
    // R5 holds C2-W2-R1-B1 d(28)..d(35); R6 arrives on d(30).
    const plan = replaceStays(validPlan(), 'R6', rq('R6', 'C2-W2-R1-B1', 30, 35));
    const message = expectOnlyViolation(check(plan), 'bedConflict', ['R5', 'R6', 'C2-W2-R1-B1']);
    expect(message).toBe(
      'R5 (2027-02-01 to 2027-02-08) and R6 (2027-02-03 to 2027-02-08) both hold bed C2-W2-R1-B1 from 2027-02-03 (5 nights)',
    );
  });

  it('a plan stay in a bed a fixed stay still holds breaks the bedConflict rule', () => {
    // F1 holds C1-W1-R2-B2 until d(6); R1 arrives on d(0).
    const plan = replaceStays(validPlan(), 'R1', rq('R1', 'C1-W1-R2-B2', 0, 14));
    const message = expectOnlyViolation(check(plan), 'bedConflict', ['F1', 'R1', 'C1-W1-R2-B2']);
    expect(message).toContain('from 2027-01-04 (6 nights)');
  });

  it('two fixed stays overlapping each other are an instance problem and not reported', () => {
    const instance = makeInstance();
    instance.fixed.push({
      id: 'F2',
      personId: 'P8',
      bedId: 'C1-W1-R2-B2',
      start: '2026-12-30',
      end: '2027-01-07',
    });
    expectValid(check(validPlan(), instance));
  });
});

describe('turnover', () => {
  it('an arrival turnoverDays after the previous departure keeps the turnover rule', () => {
    // R6 leaves C2-W2-R1-B1 on d(27); R5 arrives on d(28) = d(27) + 1.
    const plan = replaceStays(validPlan(), 'R6', rq('R6', 'C2-W2-R1-B1', 22, 27));
    expectValid(check(plan));
  });

  it('an arrival on the day of the previous departure breaks the turnover rule', () => {
    const plan = replaceStays(validPlan(), 'R6', rq('R6', 'C2-W2-R1-B1', 23, 28));
    const message = expectOnlyViolation(check(plan), 'turnover', ['R6', 'R5', 'C2-W2-R1-B1']);
    expect(message).toBe(
      'R5 arrives in bed C2-W2-R1-B1 on 2027-02-01, 0 days after R6 leaves on 2027-02-01; ' +
        'the bed needs 1 day empty, so the next arrival is from 2027-02-02',
    );
  });

  it('an arrival on the day a fixed stay leaves breaks the turnover rule', () => {
    // F1 leaves C1-W1-R2-B2 on d(6) and R1 arrives the same day; R4 moves to R1's old single room.
    let plan = replaceStays(validPlan(), 'R1', rq('R1', 'C1-W1-R2-B2', 6, 20));
    plan = replaceStays(plan, 'R4', rq('R4', 'C1-W1-R1-B1', 16, 26));
    expectOnlyViolation(check(plan), 'turnover', ['F1', 'R1', 'C1-W1-R2-B2']);
  });

  it('an arrival on the day a transfer segment leaves the bed breaks the turnover rule', () => {
    // R2 leaves C1-W2-R1-B1 on d(21) for C1-W2-R2-B1 (12 + 9 = 21 nights); R6 arrives in C1-W2-R1-B1 on d(21).
    let plan = replaceStays(
      validPlan(),
      'R2',
      rq('R2', 'C1-W2-R1-B1', 9, 21),
      rq('R2', 'C1-W2-R2-B1', 21, 30),
    );
    plan = replaceStays(plan, 'R6', rq('R6', 'C1-W2-R1-B1', 21, 26));
    expectOnlyViolation(check(plan), 'turnover', ['R2', 'R6', 'C1-W2-R1-B1']);
  });

  it('with turnoverDays 0 an arrival on the day of the previous departure keeps the turnover rule', () => {
    const instance = { ...makeInstance(), turnoverDays: 0 };
    const plan = replaceStays(validPlan(), 'R6', rq('R6', 'C2-W2-R1-B1', 23, 28));
    expectValid(check(plan, instance));
  });
});

describe('tags', () => {
  it('beds whose ward and own tags cover the required tags keep the tags rule', () => {
    // S1#4 needs [rullering]: C1-W1-R1-B1 is in a korttid ward but carries rullering itself.
    expectNoViolationOf(check(validPlan()), 'tags');
  });

  it('a korttid request in a rullering bed breaks the tags rule', () => {
    const plan = replaceStays(validPlan(), 'R3', rq('R3', 'C2-W1-R2-B1', 16, 26));
    const message = expectOnlyViolation(check(plan), 'tags', ['R3', 'C2-W1-R2-B1']);
    expect(message).toBe(
      'R3 needs tags [korttid] but bed C2-W1-R2-B1 (ward C2-W1) has [rullering], missing [korttid]',
    );
  });

  it('a rotation occurrence in a korttid bed without the rullering tag breaks the tags rule', () => {
    const plan = replaceStays(validPlan(), 'S1#1', oc('S1', 1, 'C1-W1-R2-B1', 8, 10));
    expectOnlyViolation(check(plan), 'tags', ['S1#1', 'C1-W1-R2-B1']);
  });
});

describe('closure', () => {
  it('a stay that leaves on the day its ward closes keeps the closure rule', () => {
    // C1-W2 closes from d(35); R2 leaves C1-W2-R2-B1 on d(35).
    const plan = replaceStays(
      validPlan(),
      'R2',
      rq('R2', 'C1-W2-R1-B1', 14, 24),
      rq('R2', 'C1-W2-R2-B1', 24, 35),
    );
    expectValid(check(plan));
  });

  it('a stay on the first night its ward is closed breaks the closure rule', () => {
    const plan = replaceStays(
      validPlan(),
      'R2',
      rq('R2', 'C1-W2-R1-B1', 15, 25),
      rq('R2', 'C1-W2-R2-B1', 25, 36),
    );
    const message = expectOnlyViolation(check(plan), 'closure', ['R2', 'C1-W2-R2-B1']);
    expect(message).toBe(
      'R2 stays in bed C1-W2-R2-B1 on 1 night from 2027-02-08 while ward C1-W2 is closed (2027-02-08 to 2027-03-01)',
    );
  });

  it('a stay in a bed while it is out of service breaks the closure rule', () => {
    // C2-W2-R1-B1 is out of service d(16)..d(21): R4 there d(14)..d(24) overlaps 5 nights.
    const plan = replaceStays(validPlan(), 'R4', rq('R4', 'C2-W2-R1-B1', 14, 24));
    const message = expectOnlyViolation(check(plan), 'closure', ['R4', 'C2-W2-R1-B1']);
    expect(message).toBe(
      'R4 stays in bed C2-W2-R1-B1 on 5 nights from 2027-01-20 while bed C2-W2-R1-B1 is out of service (2027-01-20 to 2027-01-25)',
    );
  });
});
