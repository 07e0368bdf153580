import { describe, it, expect } from 'vitest';
import { oc, replaceStays, rq, validPlan } from './instance.ts';
import { check } from './assert.ts';

// The valid plan (instance.ts), night by night:
//   R1 14 nights, R2 10 + 11 = 21, R3 10, R4 10, R5 7; S1#0 2, S1#1 2, S1#2 4, S1#4 4; R6 and S1#3 unplaced;
//   fixed F1 in the horizon d(0)..d(6) = 6 nights.
const figures = () => check(validPlan()).figures;

describe('figures of the valid plan', () => {
  it('availableBedNights leaves out ward closures and beds out of service', () => {
    // 8 beds x 56 nights = 448; C1-W2 closed d(35)..d(56): 2 beds x 21 = 42; C2-W2-R1-B1 out d(16)..d(21): 5.
    // 448 - 42 - 5 = 401
    expect(figures().availableBedNights).toBe(401);
  });

  it('occupiedBedNights counts plan and fixed stays inside the horizon', () => {
    // 14 + 21 + 10 + 10 + 7 + (2 + 2 + 4 + 4) + 6 = 80 (F1's 15 nights before the horizon do not count)
    expect(figures().occupiedBedNights).toBe(80);
  });

  it('idleBedNights is available minus occupied', () => {
    // 401 - 80 = 321
    expect(figures().idleBedNights).toBe(321);
  });

  it('occupancy is occupied over available to 4 decimals', () => {
    // 80 / 401 = 0.19950...
    expect(figures().occupancy).toBe(0.1995);
  });

  it('placedRequests counts requests with a stay', () => {
    // R1, R2, R3, R4, R5
    expect(figures().placedRequests).toBe(5);
  });

  it('placedOccurrences counts existing occurrences with a stay', () => {
    // S1#0, S1#1, S1#2, S1#4
    expect(figures().placedOccurrences).toBe(4);
  });

  it('unplacedRequests counts requests without a stay', () => {
    // R6
    expect(figures().unplacedRequests).toBe(1);
  });

  it('unplacedOccurrences counts existing occurrences without a stay', () => {
    // S1#3
    expect(figures().unplacedOccurrences).toBe(1);
  });

  it('unplaced sums unplaced requests and occurrences', () => {
    // 1 + 1
    expect(figures().unplaced).toBe(2);
  });

  it('unplacedNights sums request nights and occurrence in-nights', () => {
    // R6 5 nights + S1#3 (a 4-6 phase occurrence) 4 nights = 9
    expect(figures().unplacedNights).toBe(9);
  });

  it('waitDays sums start minus earliest start over placed requests', () => {
    // R1 d(0)-d(0) = 0, R2 d(9)-d(7) = 2, R3 d(16)-d(14) = 2, R4 d(16)-d(14) = 2, R5 d(28)-d(28) = 0: 6
    expect(figures().waitDays).toBe(6);
  });

  it('hospitalWaitDays sums the wait of hospital requests only', () => {
    // R1 0 + R4 2 = 2
    expect(figures().hospitalWaitDays).toBe(2);
  });

  it('transfers counts bed changes between consecutive segments', () => {
    // R2: C1-W2-R1-B1 then C1-W2-R2-B1
    expect(figures().transfers).toBe(1);
  });

  it('seriesBedChanges counts consecutive placed occurrences in another bed, skipping unplaced ones', () => {
    // S1#0 C2-W1-R1-B1 -> S1#1 C2-W1-R2-B1 -> S1#2 C2-W1-R1-B1 -> (S1#3 unplaced) -> S1#4 C1-W1-R1-B1: 3
    expect(figures().seriesBedChanges).toBe(3);
  });

  it('seriesCentreChanges counts consecutive placed occurrences in another centre', () => {
    // C2, C2, C2, then C1 for S1#4: 1
    expect(figures().seriesCentreChanges).toBe(1);
  });

  it('preferenceMisses is zero when every request with a wish is in a centre it named', () => {
    // R1 and R3 prefer C1 and are in C1
    expect(figures().preferenceMisses).toBe(0);
  });
});

describe('figures of changed plans', () => {
  it('preferenceMisses counts a placed request outside every centre it prefers', () => {
    // R1 prefers C1 but moves to C2-W2-R1-B1: 1
    const plan = replaceStays(validPlan(), 'R1', rq('R1', 'C2-W2-R1-B1', 0, 14));
    expect(check(plan).figures.preferenceMisses).toBe(1);
  });

  it('occupiedBedNights leaves out closed nights and counts a doubly held night once', () => {
    // R2 d(15)..d(25) + d(25)..d(36): its night d(35) is in the closure, so 80 - 1 = 79.
    // R6 d(30)..d(35) in C2-W2-R1-B1, where R5 already is d(28)..d(35): no new bed-night, still 79.
    let plan = replaceStays(
      validPlan(),
      'R2',
      rq('R2', 'C1-W2-R1-B1', 15, 25),
      rq('R2', 'C1-W2-R2-B1', 25, 36),
    );
    plan = replaceStays(plan, 'R6', rq('R6', 'C2-W2-R1-B1', 30, 35));
    const result = check(plan);
    expect(result.figures.occupiedBedNights).toBe(79);
    expect(result.figures.idleBedNights).toBe(401 - 79);
  });

  it('transfers count every bed change but not a split in the same bed', () => {
    // R2 B1 -> B2 -> B1: 2 changes; R3 split in one bed: 0. Total 2.
    let plan = replaceStays(
      validPlan(),
      'R2',
      rq('R2', 'C1-W2-R1-B1', 9, 15),
      rq('R2', 'C1-W2-R2-B1', 15, 20),
      rq('R2', 'C1-W2-R1-B1', 20, 30),
    );
    plan = replaceStays(plan, 'R3', rq('R3', 'C1-W1-R2-B1', 16, 20), rq('R3', 'C1-W1-R2-B1', 20, 26));
    expect(check(plan).figures.transfers).toBe(2);
  });

  it('waitDays and hospitalWaitDays grow with a later hospital start', () => {
    // R1 (hospital) starts d(7) instead of d(0): waitDays 6 + 7 = 13, hospitalWaitDays 2 + 7 = 9.
    const plan = replaceStays(validPlan(), 'R1', rq('R1', 'C1-W1-R1-B1', 7, 21));
    expect(check(plan).figures).toMatchObject({ waitDays: 13, hospitalWaitDays: 9 });
  });

  it('unplaced figures count an occurrence taken out of the plan', () => {
    // S1#1 (2 nights) unplaced as well: occurrences 3 placed, 2 unplaced; unplaced 3; nights 9 + 2 = 11.
    // Bed changes: S1#0 C2-W1-R1-B1 -> S1#2 C2-W1-R1-B1 (same) -> S1#4 C1-W1-R1-B1: 1.
    const plan = replaceStays(validPlan(), 'S1#1');
    plan.unplaced.push({ seriesId: 'S1', occurrence: 1, reason: 'test' });
    expect(check(plan).figures).toMatchObject({
      placedOccurrences: 3,
      unplacedOccurrences: 2,
      unplaced: 3,
      unplacedNights: 11,
      seriesBedChanges: 1,
      seriesCentreChanges: 1,
    });
  });

  it('the series figures follow the first segment of each occurrence', () => {
    // S1#4 split C1-W1-R1-B1 d(34)..d(36) then C2-W1-R2-B1 d(36)..d(38): its first bed is still C1-W1-R1-B1.
    const plan = replaceStays(
      validPlan(),
      'S1#4',
      oc('S1', 4, 'C1-W1-R1-B1', 34, 36),
      oc('S1', 4, 'C2-W1-R2-B1', 36, 38),
    );
    expect(check(plan).figures).toMatchObject({ seriesBedChanges: 3, seriesCentreChanges: 1, transfers: 2 });
  });
});
