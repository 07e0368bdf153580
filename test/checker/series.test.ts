import { describe, it, expect } from 'vitest';
import { DayIndex } from '../../solver/dates.ts';
import type { Plan, Series, Stay } from '../../solver/formats.ts';
import { phaseOf, scheduleSeries } from '../../solver/checker/series.ts';
import { d, HORIZON_START, makeInstance, oc, replaceStays, validPlan, withExtra } from './instance.ts';
import { check, expectNoViolationOf, expectOnlyViolation, expectValid } from './assert.ts';

const day = new DayIndex(HORIZON_START);

function s1(): Series {
  const series = makeInstance().series[0];
  if (series === undefined) throw new Error('S1 missing');
  return series;
}

/** The plan with every S1 entry replaced: `stays`, and `unplaced` occurrence indices listed as unplaced. */
function withS1(plan: Plan, stays: Stay[], unplaced: number[]): Plan {
  return {
    ...plan,
    stays: [...plan.stays.filter((s) => !('seriesId' in s)), ...stays],
    unplaced: [
      ...plan.unplaced.filter((u) => !('seriesId' in u)),
      ...unplaced.map((occurrence) => ({ seriesId: 'S1', occurrence, reason: 'test' })),
    ],
  };
}

describe('series pattern dates', () => {
  it('phases are used count times each, in order, and the last one repeats', () => {
    const series: Series = {
      ...s1(),
      phases: [
        { inNights: 1, homeNights: 6, count: 2 },
        { inNights: 2, homeNights: 6 },
        { inNights: 3, homeNights: 6, count: 1 },
      ],
    };
    expect([0, 1, 2, 3, 4, 5].map((k) => phaseOf(series, k).inNights)).toEqual([1, 1, 2, 3, 3, 3]);
  });

  it('pattern dates follow the staircase: 2 in 5 home twice, then 4 in 6 home', () => {
    // Occurrences 0 and 1 are 2 in + 5 home = 7 days, from occurrence 2 on 4 in + 6 home = 10 days:
    // p = 0, 7, 14, 24, 34, and p_5 = 44 >= until d(41): five occurrences.
    const schedule = scheduleSeries(s1(), day, new Map());
    expect(schedule.start0).toBe(0);
    expect(schedule.anchor).toBe('earliest');
    expect(schedule.occurrences).toEqual([
      { index: 0, patternStart: 0, nights: 2 },
      { index: 1, patternStart: 7, nights: 2 },
      { index: 2, patternStart: 14, nights: 4 },
      { index: 3, patternStart: 24, nights: 4 },
      { index: 4, patternStart: 34, nights: 4 },
    ]);
  });

  it('the last phase repeats for as long as the series runs', () => {
    const schedule = scheduleSeries({ ...s1(), until: d(80) }, day, new Map());
    expect(schedule.occurrences.map((o) => o.patternStart)).toEqual([0, 7, 14, 24, 34, 44, 54, 64, 74]);
    expect(schedule.occurrences.map((o) => o.nights)).toEqual([2, 2, 4, 4, 4, 4, 4, 4, 4]);
  });

  it('until cuts the series: an occurrence whose pattern date is until does not exist', () => {
    // Occurrence 0 on d(7): p = 7, 14, 21, 31, and p_4 = 41 = until is cut.
    const schedule = scheduleSeries(s1(), day, new Map([[0, 7]]));
    expect(schedule.occurrences.map((o) => o.patternStart)).toEqual([7, 14, 21, 31]);
  });
});

describe('pattern', () => {
  it('occurrences on their pattern dates or within flexDays of them keep the pattern rule', () => {
    expectNoViolationOf(check(validPlan()), 'pattern');
  });

  it('an occurrence started flexDays before its pattern date keeps the pattern rule', () => {
    const plan = replaceStays(validPlan(), 'S1#1', oc('S1', 1, 'C2-W1-R2-B1', 6, 8));
    expectValid(check(plan));
  });

  it('an occurrence started more than flexDays after its pattern date breaks the pattern rule', () => {
    const plan = replaceStays(validPlan(), 'S1#1', oc('S1', 1, 'C2-W1-R2-B1', 9, 11));
    const message = expectOnlyViolation(check(plan), 'pattern', ['S1#1']);
    expect(message).toBe(
      'S1#1 starts on 2027-01-13, outside 2027-01-10 to 2027-01-12 (pattern date 2027-01-11 ± 1 day)',
    );
  });

  it('occurrence 0 started after firstStart breaks the pattern rule', () => {
    // Occurrence 0 on d(8) moves the pattern to 8, 15, 22, 32 (42 is past until): the rest follow it.
    const plan = withS1(
      validPlan(),
      [
        oc('S1', 0, 'C2-W1-R1-B1', 8, 10),
        oc('S1', 1, 'C2-W1-R2-B1', 15, 17),
        oc('S1', 2, 'C2-W1-R1-B1', 22, 26),
      ],
      [3],
    );
    const message = expectOnlyViolation(check(plan), 'pattern', ['S1#0']);
    expect(message).toBe('S1#0 starts on 2027-01-12, outside firstStart 2027-01-04 to 2027-01-11');
  });

  it('an occurrence staying other than its phase’s in-nights breaks the pattern rule', () => {
    const plan = replaceStays(validPlan(), 'S1#2', oc('S1', 2, 'C2-W1-R1-B1', 14, 17));
    const message = expectOnlyViolation(check(plan), 'pattern', ['S1#2']);
    expect(message).toBe('S1#2 stays 3 nights but its phase stays 4 nights');
  });

  it('an occurrence of the 4-night phase placed for 2 nights breaks the pattern rule', () => {
    const plan = replaceStays(validPlan(), 'S1#4', oc('S1', 4, 'C1-W1-R1-B1', 34, 36));
    expectOnlyViolation(check(plan), 'pattern', ['S1#4']);
  });

  it('a placed occurrence cut off by until breaks the reference rule, not the pattern rule', () => {
    // Occurrence 0 on d(7): p_4 = d(41) = until, so S1#4 does not exist.
    const stays = [
      oc('S1', 0, 'C2-W1-R1-B1', 7, 9),
      oc('S1', 1, 'C2-W1-R2-B1', 14, 16),
      oc('S1', 2, 'C2-W1-R1-B1', 21, 25),
    ];
    expectValid(check(withS1(validPlan(), stays, [3])));
    const cut = withS1(validPlan(), [...stays, oc('S1', 4, 'C1-W1-R1-B1', 41, 45)], [3]);
    const message = expectOnlyViolation(check(cut), 'reference', ['S1#4']);
    expect(message).toBe(
      'a plan stay names occurrence S1#4 that does not exist: with occurrence 0 on 2027-01-11, series S1 has 4 occurrences (S1#0 to S1#3) before 2027-02-14',
    );
  });
});

describe('the anchor when occurrence 0 is unplaced', () => {
  it('is the earliest first start consistent with every placed occurrence', () => {
    // S1#1 on d(9) fits starts d(1)..d(3) (p_1 = start + 7, flex 1): the earliest is d(1).
    const schedule = scheduleSeries(s1(), day, new Map([[1, 9]]));
    expect(schedule).toMatchObject({ start0: 1, anchor: 'fitted', misfits: [] });
  });

  it('is firstStart.earliest when no occurrence is placed', () => {
    expect(scheduleSeries(s1(), day, new Map())).toMatchObject({ start0: 0, misfits: [] });
  });

  it('leaves the valid plan valid when occurrence 0 is unplaced', () => {
    const plan = withExtra(
      replaceStays(validPlan(), 'S1#0'),
      [],
      [{ seriesId: 'S1', occurrence: 0, reason: 'test' }],
    );
    expectValid(check(plan));
  });

  it('decides which occurrences must be covered', () => {
    // S1#1 on d(15) fits only start d(7) in firstStart d(0)..d(7) (p_1 = d(14), flex 1): then p = 7, 14, 21, 31,
    // and p_4 = d(41) = until is cut, so only S1#0..S1#3 exist.
    const stays = [
      oc('S1', 1, 'C2-W1-R2-B1', 15, 17),
      oc('S1', 2, 'C2-W1-R1-B1', 21, 25),
      oc('S1', 3, 'C2-W1-R2-B1', 31, 35),
    ];
    expectValid(check(withS1(validPlan(), stays, [0])));
    expectOnlyViolation(check(withS1(validPlan(), stays, [0, 4])), 'reference', ['S1#4']);
  });

  it('with the anchor at firstStart.earliest the last occurrence must be covered', () => {
    const plan = validPlan();
    plan.stays = plan.stays.filter((s) => !('seriesId' in s && s.occurrence === 4));
    expectOnlyViolation(check(plan), 'coverage', ['S1#4']);
  });

  it('when no first start fits every placed occurrence, the best fit is used and the misfit breaks the pattern rule', () => {
    // S1#1 on d(8) needs start d(0)..d(2); S1#2 on d(19) needs d(4)..d(6); S1#4 on d(34) needs d(0)..d(1).
    // d(0) leaves one misfit (S1#2), as does d(1); d(4) leaves two. The earliest best fit is d(0).
    const stays = [
      oc('S1', 1, 'C2-W1-R2-B1', 8, 10),
      oc('S1', 2, 'C2-W1-R1-B1', 19, 23),
      oc('S1', 4, 'C1-W1-R1-B1', 34, 38),
    ];
    const message = expectOnlyViolation(check(withS1(validPlan(), stays, [0, 3])), 'pattern', ['S1#2']);
    expect(message).toBe(
      'S1#2 starts on 2027-01-23, outside 2027-01-17 to 2027-01-19 (pattern date 2027-01-18 ± 1 day); ' +
        'occurrence 0 is not placed and no first start in 2027-01-04 to 2027-01-11 fits every placed occurrence, ' +
        'so the best fit 2027-01-04 is used',
    );
  });
});
