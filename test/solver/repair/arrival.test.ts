import { describe, expect, it } from 'vitest';
import { event } from '../../../solver/formats.ts';
import { RepairInputError } from '../../../solver/repair/index.ts';
import { solve } from '../../../solver/solve.ts';
import { B1, B2, TODAY, instanceWith, planOf, request, run, sorted } from './scenario.ts';

/** A: 7 nights from today in bed B1 (its window runs from 5 Jan, so a solve would rather start it earlier). */
function arrivingToday() {
  const instance = instanceWith([request('A', { earliestStart: '2027-01-05', latestStart: '2027-01-20' })]);
  const plan = planOf([{ requestId: 'A', bedId: B2, start: TODAY, end: '2027-01-18' }]);
  return { instance, plan };
}

/** S1: one week in, one week home, from 11 Jan; occurrences start 11 Jan and 25 Jan, both in bed B1. */
function rotation() {
  const instance = instanceWith([], {
    series: [
      {
        id: 'S1',
        personId: 'P-S',
        phases: [{ inNights: 7, homeNights: 7 }],
        firstStart: { earliest: TODAY, latest: TODAY },
        until: '2027-02-01',
      },
    ],
  });
  const plan = planOf([
    { seriesId: 'S1', occurrence: 0, bedId: B1, start: TODAY, end: '2027-01-18' },
    { seriesId: 'S1', occurrence: 1, bedId: B1, start: '2027-01-25', end: '2027-02-01' },
  ]);
  return { instance, plan };
}

function refusal(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (error) {
    if (error instanceof RepairInputError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a RepairInputError');
}

describe('an arrival event', () => {
  it('is read from an events file naming a request or one occurrence of a series', () => {
    expect(event.parse({ type: 'arrival', requestId: 'R1', date: '2027-01-11' })).toEqual({
      type: 'arrival',
      requestId: 'R1',
      date: '2027-01-11',
    });
    expect(event.safeParse({ type: 'arrival', seriesId: 'S1', date: '2027-01-11' }).success).toBe(false);
  });

  it('on the first night pins the stay at its bed and start and moves nothing', () => {
    const { instance, plan } = arrivingToday();
    const result = run(instance, plan, [{ type: 'arrival', requestId: 'A', date: TODAY }]);
    expect(result.status).toBe('ok');
    expect(result.plan.stays).toEqual(plan.stays);
    expect(result.instance.requests[0]?.pin).toEqual({ bedId: B2, start: TODAY });
    expect(result.moves).toEqual([]);
    expect(result.figures.after.moves).toBe(0);
    expect(result.warnings).toEqual([]);
  });

  it('keeps the arrived stay at its bed and start when the repaired instance is solved again', async () => {
    const { instance, plan } = arrivingToday();
    const arrived = run(instance, plan, [{ type: 'arrival', requestId: 'A', date: TODAY }]);
    const solved = await solve(arrived.instance, { lp: 'none', maxIterations: 200, seed: 1 });
    expect(solved.plan.stays).toEqual([{ requestId: 'A', bedId: B2, start: TODAY, end: '2027-01-18' }]);
  });

  it('keeps the arrived stay where it is in a later repair, with no moves', () => {
    const { instance, plan } = arrivingToday();
    const arrived = run(instance, plan, [{ type: 'arrival', requestId: 'A', date: TODAY }]);
    const later = run(arrived.instance, arrived.plan, [], { today: '2027-01-12' });
    expect(later.plan.stays).toEqual(plan.stays);
    expect(later.moves).toEqual([]);
    expect(later.figures.after.valid).toBe(true);
  });

  it('of a rotation stay on its first night pins that occurrence at its bed and start', () => {
    const { instance, plan } = rotation();
    const result = run(instance, plan, [{ type: 'arrival', seriesId: 'S1', occurrence: 0, date: TODAY }]);
    expect(result.instance.series[0]?.pins).toEqual([{ occurrence: 0, bedId: B1, start: TODAY }]);
    expect(sorted(result.plan.stays)).toEqual(sorted(plan.stays));
    expect(result.moves).toEqual([]);
    expect(result.figures.after.valid).toBe(true);
  });

  it('after the first night frees the nights before it, keeps the departure day and pins the new start', () => {
    const instance = instanceWith(
      [
        request('A', { earliestStart: TODAY, latestStart: TODAY }),
        request('W', { earliestStart: TODAY, latestStart: TODAY, nights: 2 }),
      ],
      { beds: 1 },
    );
    const plan = planOf(
      [{ requestId: 'A', bedId: B1, start: TODAY, end: '2027-01-18' }],
      [{ requestId: 'W', reason: 'ingen ledig seng' }],
    );
    const result = run(instance, plan, [{ type: 'arrival', requestId: 'A', date: '2027-01-13' }]);
    expect(sorted(result.plan.stays)).toEqual([
      { requestId: 'A', bedId: B1, start: '2027-01-13', end: '2027-01-18' },
      { requestId: 'W', bedId: B1, start: TODAY, end: '2027-01-13' },
    ]);
    expect(result.instance.requests[0]).toMatchObject({
      nights: 5,
      latestStart: '2027-01-13',
      pin: { bedId: B1, start: '2027-01-13' },
    });
    expect(result.moves.map((m) => [m.ref, m.kind, m.reason])).toEqual([
      [{ requestId: 'A' }, 'event', 'ankom 2027-01-13'],
      [{ requestId: 'W' }, 'placed', 'fikk en ledig plass fra ventelisten'],
    ]);
    expect(result.figures.after.valid).toBe(true);
  });

  it('after the first night of a rotation stay makes the nights from the arrival a fixed stay and closes the occurrence', () => {
    const { instance, plan } = rotation();
    const result = run(instance, plan, [
      { type: 'arrival', seriesId: 'S1', occurrence: 0, date: '2027-01-13' },
    ]);
    expect(result.instance.fixed).toEqual([
      { id: 'S1#0', personId: 'P-S', bedId: B1, start: '2027-01-13', end: '2027-01-18' },
    ]);
    expect(result.plan.unplaced).toEqual([
      {
        seriesId: 'S1',
        occurrence: 0,
        reason: 'avsluttet: ankom 2027-01-13, nettene fra da er et fast opphold',
        why: { code: 'ended', cause: { code: 'arrived', date: '2027-01-13' } },
      },
    ]);
    expect(result.plan.stays).toEqual([
      { seriesId: 'S1', occurrence: 1, bedId: B1, start: '2027-01-25', end: '2027-02-01' },
    ]);
    expect(result.figures.after.valid).toBe(true);
  });

  it('after a first night that has passed keeps the first night, pins the stay and says so', () => {
    const instance = instanceWith([request('A', { earliestStart: '2027-01-09', latestStart: '2027-01-09' })]);
    const plan = planOf([{ requestId: 'A', bedId: B1, start: '2027-01-09', end: '2027-01-16' }]);
    const result = run(instance, plan, [{ type: 'arrival', requestId: 'A', date: TODAY }]);
    expect(result.plan.stays).toEqual(plan.stays);
    expect(result.instance.requests[0]?.pin).toEqual({ bedId: B1, start: '2027-01-09' });
    expect(result.moves).toEqual([]);
    expect(result.warnings).toEqual([
      `ankomst ${TODAY} for A: nettene før i dag endres ikke; oppholdet beholder første natt 2027-01-09`,
    ]);
  });

  it('pins a stay that changes bed part-way at its start only, since a pinned bed holds every night', () => {
    const instance = instanceWith([request('A', { earliestStart: TODAY, latestStart: TODAY })]);
    const plan = planOf([
      { requestId: 'A', bedId: B1, start: TODAY, end: '2027-01-14' },
      { requestId: 'A', bedId: B2, start: '2027-01-14', end: '2027-01-18' },
    ]);
    const result = run(instance, plan, [{ type: 'arrival', requestId: 'A', date: TODAY }]);
    expect(result.instance.requests[0]?.pin).toEqual({ start: TODAY });
    expect(sorted(result.plan.stays)).toEqual(sorted(plan.stays));
    expect(result.moves).toEqual([]);
  });

  it('of an arrived stay that is then extended past a stay already announced in its bed continues in another bed, pinned to its start', () => {
    const instance = instanceWith([
      request('A', { earliestStart: TODAY, latestStart: TODAY, nights: 1 }),
      request('C', { earliestStart: '2027-01-12', latestStart: '2027-01-12' }),
    ]);
    const plan = planOf([
      { requestId: 'A', bedId: B1, start: TODAY, end: '2027-01-12' },
      { requestId: 'C', bedId: B1, start: '2027-01-12', end: '2027-01-19' },
    ]);
    const arrived = run(instance, plan, [{ type: 'arrival', requestId: 'A', date: TODAY }]);
    const extended = run(arrived.instance, arrived.plan, [{ type: 'extend', requestId: 'A', nights: 2 }]);
    expect(sorted(extended.plan.stays)).toEqual([
      { requestId: 'A', bedId: B1, start: TODAY, end: '2027-01-12' },
      { requestId: 'A', bedId: B2, start: '2027-01-12', end: '2027-01-14' },
      { requestId: 'C', bedId: B1, start: '2027-01-12', end: '2027-01-19' },
    ]);
    expect(extended.instance.requests[0]?.pin).toEqual({ start: TODAY });
    expect(extended.status).toBe('ok');
  });

  it('of a stay not yet begun whose pinned bed then goes out of service lets it take another bed, pinned to its start', () => {
    const instance = instanceWith([request('A', { earliestStart: '2027-01-20', latestStart: '2027-01-20' })]);
    const plan = planOf([{ requestId: 'A', bedId: B2, start: '2027-01-20', end: '2027-01-27' }]);
    const arrived = run(instance, plan, [{ type: 'arrival', requestId: 'A', date: '2027-01-20' }]);
    expect(arrived.moves).toEqual([]);
    const closed = run(arrived.instance, arrived.plan, [
      { type: 'bedOutOfService', bedId: B2, start: '2027-01-22', end: '2027-01-24' },
    ]);
    expect(closed.plan.stays).toEqual([
      { requestId: 'A', bedId: B1, start: '2027-01-20', end: '2027-01-27' },
    ]);
    expect(closed.instance.requests[0]?.pin).toEqual({ start: '2027-01-20' });
    expect(closed.status).toBe('ok');
  });

  it('for a stay the plan does not place is refused', () => {
    const instance = instanceWith([request('A', { earliestStart: TODAY, latestStart: TODAY })]);
    const plan = planOf([], [{ requestId: 'A', reason: 'ingen ledig seng' }]);
    expect(refusal(() => run(instance, plan, [{ type: 'arrival', requestId: 'A', date: TODAY }]))).toEqual({
      code: 'invalid_event',
      message: `ankomst ${TODAY} for A: oppholdet har ingen seng i planen; plasser det først`,
    });
  });

  it('before the first night is refused', () => {
    const { instance, plan } = arrivingToday();
    const early = () => run(instance, plan, [{ type: 'arrival', requestId: 'A', date: '2027-01-10' }]);
    expect(refusal(early)).toEqual({
      code: 'invalid_event',
      message: `ankomst 2027-01-10 for A: før første natt ${TODAY}; flytt oppholdet først, sengen kan være opptatt`,
    });
  });

  it('on the departure day is refused', () => {
    const { instance, plan } = arrivingToday();
    const late = () => run(instance, plan, [{ type: 'arrival', requestId: 'A', date: '2027-01-18' }]);
    expect(refusal(late)).toEqual({
      code: 'invalid_event',
      message: 'ankomst 2027-01-18 for A: på eller etter avreisedagen 2027-01-18',
    });
  });

  it('for a request the instance does not have is refused as an unknown reference', () => {
    const { instance, plan } = arrivingToday();
    const unknown = () => run(instance, plan, [{ type: 'arrival', requestId: 'R404', date: TODAY }]);
    expect(refusal(unknown)).toEqual({ code: 'unknown_reference', message: 'ukjent forespørsel R404' });
  });
});
