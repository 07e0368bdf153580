import { describe, it, expect } from 'vitest';
import type { Instance } from '../../solver/formats.ts';
import { d, makeInstance, replaceStays, rq, validPlan } from './instance.ts';
import { check, expectNoViolationOf, expectOnlyViolation, expectValid } from './assert.ts';

describe('roomSex', () => {
  it('partners of different sex sharing a double room keep the roomSex rule', () => {
    // R3 (P3, F) and R4 (P4, M) share C1-W1-R2 d(16)..d(26); they are each other's partners.
    expectNoViolationOf(check(validPlan()), 'roomSex');
  });

  it('two women sharing a double room, one of them a fixed stay, keep the roomSex rule', () => {
    // R1 (P1, F) in C1-W1-R2-B1 d(0)..d(14) beside F1 (P6, F) in C1-W1-R2-B2 until d(6).
    const plan = replaceStays(validPlan(), 'R1', rq('R1', 'C1-W1-R2-B1', 0, 14));
    expectValid(check(plan));
  });

  it('a man and a woman who are not partners sharing a room break the roomSex rule', () => {
    // R4 moves to the single room C1-W1-R1-B1; R6 (P8, M) joins R3 (P3, F) in C1-W1-R2 from d(21).
    let plan = replaceStays(validPlan(), 'R4', rq('R4', 'C1-W1-R1-B1', 16, 26));
    plan = replaceStays(plan, 'R6', rq('R6', 'C1-W1-R2-B2', 21, 26));
    const message = expectOnlyViolation(check(plan), 'roomSex', ['R3', 'R6', 'P3', 'P8']);
    expect(message).toBe(
      'P3 (F, R3 in bed C1-W1-R2-B1) and P8 (M, R6 in bed C1-W1-R2-B2) share room C1-W1-R2 from 2027-01-25 ' +
        'but are of different sex and not partners',
    );
  });

  it('a man beside a woman’s fixed stay breaks the roomSex rule', () => {
    const instance = makeInstance();
    instance.fixed.push({ id: 'F2', personId: 'P6', bedId: 'C1-W1-R2-B1', start: d(20), end: d(24) });
    // R3 moves out of the double room, so R4 (P4, M) in C1-W1-R2-B2 d(16)..d(26) meets F2 (P6, F) from d(20).
    const plan = replaceStays(validPlan(), 'R3', rq('R3', 'C1-W1-R1-B1', 16, 26));
    expectOnlyViolation(check(plan, instance), 'roomSex', ['R4', 'F2', 'P4', 'P6']);
  });
});

/** The instance with a second request for P2 (R2's person), R7, 5 nights from d(20)..d(30). */
function withSecondRequestForP2(): Instance {
  const instance = makeInstance();
  instance.requests.push({
    id: 'R7',
    personId: 'P2',
    kind: 'trygghet',
    earliestStart: d(20),
    latestStart: d(30),
    nights: 5,
    priority: 4,
    source: 'home',
    requiredTags: [],
    preferredCentres: [],
  });
  return instance;
}

describe('personOverlap', () => {
  it('one person in one bed a night keeps the personOverlap rule', () => {
    expectNoViolationOf(check(validPlan()), 'personOverlap');
  });

  it('a person who arrives on the day their other stay ends keeps the personOverlap rule', () => {
    // R2 (P2) leaves C1-W2-R2-B1 on d(30); R7 (P2) arrives in C2-W1-R2-B1 on d(30).
    const plan = { ...validPlan(), stays: [...validPlan().stays, rq('R7', 'C2-W1-R2-B1', 30, 35)] };
    expectValid(check(plan, withSecondRequestForP2()));
  });

  it('a person placed in two beds on the same nights breaks the personOverlap rule', () => {
    // R2 (P2) is in C1-W2-R2-B1 until d(30); R7 (P2) arrives in C2-W1-R2-B1 on d(28).
    const plan = { ...validPlan(), stays: [...validPlan().stays, rq('R7', 'C2-W1-R2-B1', 28, 33)] };
    const message = expectOnlyViolation(check(plan, withSecondRequestForP2()), 'personOverlap', [
      'R2',
      'R7',
      'P2',
    ]);
    expect(message).toBe(
      'P2 is in two beds from 2027-02-01 (2 nights): R2 in bed C1-W2-R2-B1 and R7 in bed C2-W1-R2-B1',
    );
  });

  it('a plan stay overlapping a fixed stay of the same person breaks the personOverlap rule', () => {
    const instance = makeInstance();
    instance.fixed.push({ id: 'F2', personId: 'P1', bedId: 'C2-W1-R2-B1', start: '2027-01-01', end: d(2) });
    const message = expectOnlyViolation(check(validPlan(), instance), 'personOverlap', ['F2', 'R1', 'P1']);
    expect(message).toContain('from 2027-01-04 (2 nights)');
  });
});
