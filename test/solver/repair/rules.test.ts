import { describe, expect, it } from 'vitest';
import { event } from '../../../solver/formats.ts';
import { B1, B2, TODAY, instanceWith, planOf, request, run, sorted } from './scenario.ts';

/** One bed: B waits from 12 Jan (home, least urgent, may start until 20 Jan); N comes from hospital on 12 Jan. */
function crowded() {
  const instance = instanceWith(
    [request('B', { earliestStart: '2027-01-12', latestStart: '2027-01-20', priority: 5 })],
    { beds: 1 },
  );
  const plan = planOf([{ requestId: 'B', bedId: B1, start: '2027-01-12', end: '2027-01-19' }]);
  const urgent = event.parse({
    type: 'newRequest',
    request: request('N', {
      earliestStart: '2027-01-12',
      latestStart: '2027-01-12',
      source: 'hospital',
      priority: 1,
    }),
    person: { id: 'P-N', sex: 'F' },
  });
  return { instance, plan, urgent };
}

describe('the rules a repair keeps', () => {
  it('a stay that starts within the notice days keeps its bed and start even for an urgent arrival', () => {
    const { instance, plan, urgent } = crowded();
    const result = run(instance, plan, [urgent]);
    expect(result.plan.stays).toEqual(plan.stays);
    expect(result.plan.unplaced.map((u) => ('requestId' in u ? u.requestId : ''))).toEqual(['N']);
  });

  it('without notice days the same stay moves later in its window to make room for the urgent arrival', () => {
    const { instance, plan, urgent } = crowded();
    const result = run(instance, plan, [urgent], { noticeDays: 0 });
    expect(sorted(result.plan.stays)).toEqual([
      { requestId: 'B', bedId: B1, start: '2027-01-19', end: '2027-01-26' },
      { requestId: 'N', bedId: B1, start: '2027-01-12', end: '2027-01-19' },
    ]);
    expect(result.moves.find((m) => m.kind === 'moved')).toEqual({
      ref: { requestId: 'B' },
      from: { bedId: B1, start: '2027-01-12', end: '2027-01-19' },
      to: { bedId: B1, start: '2027-01-19', end: '2027-01-26' },
      reason: 'flyttet for å gi plass til N',
      kind: 'moved',
    });
  });

  it('a move weight above what the urgent stay is worth leaves the earlier plan as it was', () => {
    const { instance, plan, urgent } = crowded();
    const result = run(instance, plan, [urgent], { noticeDays: 0, weights: { repairMove: 1e9 } });
    expect(result.plan.stays).toEqual(plan.stays);
    expect(result.figures.after.moves).toBe(0);
  });

  it('nights before today never change, whatever the events', () => {
    const instance = instanceWith([
      request('A', { earliestStart: '2027-01-05', latestStart: '2027-01-05', nights: 14 }),
      request('B', { earliestStart: '2027-01-06', latestStart: '2027-01-06', nights: 10 }),
      request('C', { earliestStart: '2027-01-16', latestStart: '2027-01-20', nights: 7 }),
    ]);
    const plan = planOf([
      { requestId: 'A', bedId: B1, start: '2027-01-05', end: '2027-01-19' },
      { requestId: 'B', bedId: B2, start: '2027-01-06', end: '2027-01-16' },
      { requestId: 'C', bedId: B2, start: '2027-01-16', end: '2027-01-23' },
    ]);
    const result = run(instance, plan, [
      { type: 'bedOutOfService', bedId: B1, start: '2027-01-08', end: '2027-01-30' },
      { type: 'extend', requestId: 'B', nights: 5 },
      { type: 'earlyDeparture', requestId: 'A', date: '2027-01-09' },
    ]);
    const before = (stays: typeof plan.stays) =>
      stays
        .filter((s) => s.start < TODAY)
        .map((s) => ({ ...s, end: s.end < TODAY ? s.end : TODAY }))
        .sort((a, b) => a.bedId.localeCompare(b.bedId));
    expect(before(result.plan.stays)).toEqual(before(plan.stays));
    expect(result.figures.after.valid).toBe(true);
  });

  it('stays that ended before today and waiting requests that can no longer start come through as they were', () => {
    const instance = instanceWith([
      request('Gone', { earliestStart: '2027-01-04', latestStart: '2027-01-04', nights: 5 }),
      request('Late', { earliestStart: '2027-01-04', latestStart: '2027-01-08' }),
    ]);
    const plan = planOf(
      [{ requestId: 'Gone', bedId: B2, start: '2027-01-04', end: '2027-01-09' }],
      [{ requestId: 'Late', reason: 'ingen ledig seng' }],
    );
    const result = run(instance, plan, [{ type: 'cancel', requestId: 'Gone' }]);
    expect(result.plan.stays).toEqual(plan.stays);
    expect(result.plan.unplaced).toEqual(plan.unplaced);
    expect(result.warnings).toEqual(['avlyst: Gone reiser uansett innen 2027-01-11; ingenting endret']);
  });

  it('freed nights go to a waiting request that fits them', () => {
    const instance = instanceWith(
      [
        request('D', { earliestStart: '2027-01-04', latestStart: '2027-01-04', nights: 16 }),
        request('A', { earliestStart: '2027-01-20', latestStart: '2027-01-20' }),
        request('W', { earliestStart: '2027-01-18', latestStart: '2027-01-22' }),
      ],
      { beds: 1 },
    );
    const plan = planOf(
      [
        { requestId: 'D', bedId: B1, start: '2027-01-04', end: '2027-01-20' },
        { requestId: 'A', bedId: B1, start: '2027-01-20', end: '2027-01-27' },
      ],
      [{ requestId: 'W', reason: 'ingen ledig seng' }],
    );
    const result = run(instance, plan, [{ type: 'cancel', requestId: 'A' }]);
    expect(sorted(result.plan.stays)).toEqual([
      { requestId: 'D', bedId: B1, start: '2027-01-04', end: '2027-01-20' },
      { requestId: 'W', bedId: B1, start: '2027-01-20', end: '2027-01-27' },
    ]);
    expect(result.figures.after.placedFromWaiting).toBe(1);
    expect(result.plan.metrics).toMatchObject({ freedBedNights: 7, refilledBedNights: 7 });
  });
});
