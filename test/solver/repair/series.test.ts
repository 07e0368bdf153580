import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../solver/checker/index.ts';
import { B1, instanceWith, planOf, run, sorted } from './scenario.ts';

/** S1: one week in, one week home, from 4 Jan; occurrences start 4 Jan, 18 Jan and 1 Feb, all in bed B1. */
function rotation() {
  const instance = instanceWith([], {
    series: [
      {
        id: 'S1',
        personId: 'P-S',
        phases: [{ inNights: 7, homeNights: 7 }],
        firstStart: { earliest: '2027-01-04', latest: '2027-01-04' },
        until: '2027-02-15',
      },
    ],
  });
  const plan = planOf([
    { seriesId: 'S1', occurrence: 0, bedId: B1, start: '2027-01-04', end: '2027-01-11' },
    { seriesId: 'S1', occurrence: 1, bedId: B1, start: '2027-01-18', end: '2027-01-25' },
    { seriesId: 'S1', occurrence: 2, bedId: B1, start: '2027-02-01', end: '2027-02-08' },
  ]);
  return { instance, plan };
}

describe('repair of rotation stays', () => {
  it('an extended rotation stay keeps its pattern and its extra nights become a request in the same bed', () => {
    const { instance, plan } = rotation();
    const result = run(instance, plan, [{ type: 'extend', seriesId: 'S1', occurrence: 1, nights: 3 }]);
    expect(sorted(result.plan.stays)).toEqual([
      { seriesId: 'S1', occurrence: 0, bedId: B1, start: '2027-01-04', end: '2027-01-11' },
      { seriesId: 'S1', occurrence: 1, bedId: B1, start: '2027-01-18', end: '2027-01-25' },
      { requestId: 'S1#1-forlengelse', bedId: B1, start: '2027-01-25', end: '2027-01-28' },
      { seriesId: 'S1', occurrence: 2, bedId: B1, start: '2027-02-01', end: '2027-02-08' },
    ]);
    expect(result.figures.after.valid).toBe(true);
  });

  it('a cancelled occurrence stays unplaced as cancelled and a later repair does not place it again', () => {
    const { instance, plan } = rotation();
    const first = run(instance, plan, [{ type: 'cancel', seriesId: 'S1', occurrence: 1 }]);
    expect(first.plan.unplaced).toEqual([
      { seriesId: 'S1', occurrence: 1, reason: 'avlyst', why: { code: 'cancelled' } },
    ]);
    const second = run(first.instance, first.plan, []);
    expect(second.plan.unplaced).toEqual([
      { seriesId: 'S1', occurrence: 1, reason: 'avlyst', why: { code: 'cancelled' } },
    ]);
    expect(second.moves).toEqual([]);
  });

  it('a series cancelled from a date loses the occurrences from that date on', () => {
    const { instance, plan } = rotation();
    const result = run(instance, plan, [{ type: 'cancel', seriesId: 'S1', from: '2027-01-25' }]);
    expect(result.instance.series[0]?.until).toBe('2027-01-25');
    expect(sorted(result.plan.stays).map((s) => ('seriesId' in s ? s.occurrence : -1))).toEqual([0, 1]);
    expect(result.plan.unplaced).toEqual([]);
    expect(result.figures.after.valid).toBe(true);
  });

  it('an early departure from a rotation stay keeps the nights stayed as a fixed stay and closes the occurrence', () => {
    const { instance, plan } = rotation();
    const result = run(
      instance,
      plan,
      [{ type: 'earlyDeparture', seriesId: 'S1', occurrence: 1, date: '2027-01-22' }],
      {
        today: '2027-01-20',
      },
    );
    expect(result.instance.fixed).toEqual([
      { id: 'S1#1', personId: 'P-S', bedId: B1, start: '2027-01-18', end: '2027-01-22' },
    ]);
    expect(result.plan.unplaced).toEqual([
      {
        seriesId: 'S1',
        occurrence: 1,
        reason: 'avsluttet: reiste hjem 2027-01-22, nettene til da er et fast opphold',
        why: { code: 'ended', cause: { code: 'leftEarly', date: '2027-01-22' } },
      },
    ]);
    expect(checkPlan(result.instance, result.plan).valid).toBe(true);
  });
});
