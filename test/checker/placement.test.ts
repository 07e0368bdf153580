import { describe, it, expect } from 'vitest';
import { makeInstance, oc, replaceStays, rq, unplace, validPlan, withExtra } from './instance.ts';
import type { Instance } from '../../solver/formats.ts';
import { check, expectNoViolationOf, expectOnlyViolation } from './assert.ts';

describe('reference', () => {
  it('a plan naming only known requests, series, occurrences and beds keeps the reference rule', () => {
    expectNoViolationOf(check(validPlan()), 'reference');
  });

  it('a stay for an unknown request breaks the reference rule', () => {
    const plan = withExtra(validPlan(), [rq('R99', 'C2-W1-R2-B1', 40, 45)]);
    const message = expectOnlyViolation(check(plan), 'reference', ['R99']);
    expect(message).toContain('unknown request R99');
  });

  it('a stay in an unknown bed breaks the reference rule', () => {
    const plan = replaceStays(validPlan(), 'R6', rq('R6', 'C9-W9-R9-B9', 21, 26));
    const message = expectOnlyViolation(check(plan), 'reference', ['R6', 'C9-W9-R9-B9']);
    expect(message).toBe('R6 is placed in unknown bed C9-W9-R9-B9 (2027-01-25 to 2027-01-30)');
  });

  it('an unplaced entry for an occurrence that does not exist breaks the reference rule', () => {
    const plan = withExtra(validPlan(), [], [{ seriesId: 'S1', occurrence: 5, reason: 'test' }]);
    const message = expectOnlyViolation(check(plan), 'reference', ['S1#5']);
    expect(message).toContain('5 occurrences (S1#0 to S1#4) before 2027-02-14');
  });

  it('a stay for an unknown series breaks the reference rule', () => {
    const plan = withExtra(validPlan(), [oc('S9', 0, 'C2-W1-R2-B1', 40, 45)]);
    expectOnlyViolation(check(plan), 'reference', ['S9#0']);
  });
});

describe('coverage', () => {
  it('a plan placing or listing every request and occurrence once keeps the coverage rule', () => {
    expectNoViolationOf(check(validPlan()), 'coverage');
  });

  it('a request neither placed nor listed as unplaced breaks the coverage rule', () => {
    const plan = validPlan();
    plan.unplaced = plan.unplaced.filter((u) => !('requestId' in u));
    const message = expectOnlyViolation(check(plan), 'coverage', ['R6']);
    expect(message).toBe('R6 is neither placed nor listed as unplaced');
  });

  it('an occurrence neither placed nor listed as unplaced breaks the coverage rule', () => {
    const plan = validPlan();
    plan.unplaced = plan.unplaced.filter((u) => 'requestId' in u);
    expectOnlyViolation(check(plan), 'coverage', ['S1#3']);
  });

  it('a request both placed and listed as unplaced breaks the coverage rule', () => {
    const plan = withExtra(validPlan(), [], [{ requestId: 'R1', reason: 'test' }]);
    const message = expectOnlyViolation(check(plan), 'coverage', ['R1']);
    expect(message).toBe('R1 is placed (bed C1-W1-R1-B1 from 2027-01-04) and also listed as unplaced');
  });

  it('a request listed as unplaced twice breaks the coverage rule', () => {
    const plan = withExtra(validPlan(), [], [{ requestId: 'R6', reason: 'again' }]);
    const message = expectOnlyViolation(check(plan), 'coverage', ['R6']);
    expect(message).toBe('R6 is listed as unplaced 2 times');
  });
});

describe('segments', () => {
  it('a transfer whose segments join end to start keeps the segments rule', () => {
    expectNoViolationOf(check(validPlan()), 'segments');
  });

  it('a transfer with a night between its segments breaks the segments rule', () => {
    // 10 + 11 = 21 nights, so only the gap is wrong.
    const plan = replaceStays(
      validPlan(),
      'R2',
      rq('R2', 'C1-W2-R1-B1', 9, 19),
      rq('R2', 'C1-W2-R2-B1', 20, 31),
    );
    const message = expectOnlyViolation(check(plan), 'segments', ['R2']);
    expect(message).toBe(
      'R2 has a gap of 1 day between its segments: it leaves bed C1-W2-R1-B1 on 2027-01-23 and arrives in bed C1-W2-R2-B1 on 2027-01-24',
    );
  });

  it('a transfer whose segments overlap breaks the segments rule', () => {
    const plan = replaceStays(
      validPlan(),
      'R2',
      rq('R2', 'C1-W2-R1-B1', 9, 19),
      rq('R2', 'C1-W2-R2-B1', 18, 29),
    );
    const message = expectOnlyViolation(check(plan), 'segments', ['R2']);
    expect(message).toContain('overlap by 1 night');
  });
});

describe('window', () => {
  it('requests starting inside their windows with all their nights keep the window rule', () => {
    expectNoViolationOf(check(validPlan()), 'window');
  });

  it('a request started on its latest start keeps the window rule', () => {
    const plan = replaceStays(validPlan(), 'R1', rq('R1', 'C1-W1-R1-B1', 7, 21));
    expectNoViolationOf(check(plan), 'window');
  });

  it('a request started after its latest start breaks the window rule', () => {
    const plan = replaceStays(validPlan(), 'R3', rq('R3', 'C1-W1-R2-B1', 29, 39));
    const message = expectOnlyViolation(check(plan), 'window', ['R3']);
    expect(message).toBe('R3 starts on 2027-02-02, outside its window 2027-01-18 to 2027-02-01');
  });

  it('a request started before its earliest start breaks the window rule', () => {
    const plan = replaceStays(
      validPlan(),
      'R2',
      rq('R2', 'C1-W2-R1-B1', 6, 16),
      rq('R2', 'C1-W2-R2-B1', 16, 27),
    );
    expectOnlyViolation(check(plan), 'window', ['R2']);
  });

  it('a request placed for fewer nights than it needs breaks the window rule', () => {
    const plan = replaceStays(validPlan(), 'R3', rq('R3', 'C1-W1-R2-B1', 16, 25));
    const message = expectOnlyViolation(check(plan), 'window', ['R3']);
    expect(message).toBe('R3 stays 9 nights but needs 10 nights');
  });
});

/** The instance with R5 pinned to its bed and to start 2027-02-01 (d(28)). */
function pinR5ToStart(): Instance {
  const instance = makeInstance();
  const r5 = instance.requests.find((r) => r.id === 'R5');
  if (r5 === undefined) throw new Error('R5 missing');
  r5.pin = { bedId: 'C2-W2-R1-B1', start: '2027-02-01' };
  return instance;
}

describe('pin', () => {
  it('pinned stays on their pinned beds keep the pin rule', () => {
    expectNoViolationOf(check(validPlan()), 'pin');
  });

  it('a pinned request left unplaced breaks the pin rule', () => {
    const message = expectOnlyViolation(check(unplace(validPlan(), 'R5')), 'pin', ['R5']);
    expect(message).toBe('R5 is pinned to bed C2-W2-R1-B1 but it is not placed');
  });

  it('a pinned occurrence in another bed breaks the pin rule', () => {
    const plan = replaceStays(validPlan(), 'S1#2', oc('S1', 2, 'C2-W1-R2-B1', 14, 18));
    const message = expectOnlyViolation(check(plan), 'pin', ['S1#2']);
    expect(message).toBe('S1#2 is pinned to bed C2-W1-R1-B1 but it stays in bed C2-W1-R2-B1 from 2027-01-18');
  });

  it('a pin that names neither bed nor start still asks for the occurrence to be placed', () => {
    const instance = makeInstance();
    instance.series[0]?.pins.push({ occurrence: 3 });
    const message = expectOnlyViolation(check(validPlan(), instance), 'pin', ['S1#3']);
    expect(message).toBe('S1#3 is pinned but it is not placed');
  });

  it('a request pinned to a start and started on it keeps the pin rule', () => {
    const instance = pinR5ToStart();
    expectNoViolationOf(check(validPlan(), instance), 'pin');
  });

  it('a request pinned to a start but started a day later breaks the pin rule', () => {
    const instance = pinR5ToStart();
    const plan = replaceStays(validPlan(), 'R5', rq('R5', 'C2-W2-R1-B1', 29, 36));
    const message = expectOnlyViolation(check(plan, instance), 'pin', ['R5']);
    expect(message).toBe('R5 is pinned to bed C2-W2-R1-B1 and start 2027-02-01 but it starts on 2027-02-02');
  });
});
