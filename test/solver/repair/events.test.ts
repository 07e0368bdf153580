import { describe, expect, it } from 'vitest';
import { event } from '../../../solver/formats.ts';
import { buildInstance, wardInput } from '../../support/builders.ts';
import { B1, B2, TODAY, instanceWith, planOf, request, run, sorted } from './scenario.ts';

describe('repair applies each kind of event', () => {
  it('a cancelled stay that has not begun leaves the plan and its request leaves the instance', () => {
    const instance = instanceWith([
      request('A', { earliestStart: '2027-01-20', latestStart: '2027-01-20' }),
      request('B', { earliestStart: '2027-01-05', latestStart: '2027-01-05' }),
    ]);
    const plan = planOf([
      { requestId: 'A', bedId: B1, start: '2027-01-20', end: '2027-01-27' },
      { requestId: 'B', bedId: B2, start: '2027-01-05', end: '2027-01-12' },
    ]);
    const result = run(instance, plan, [{ type: 'cancel', requestId: 'A' }]);
    expect(result.status).toBe('ok');
    expect(result.plan.stays).toEqual([
      { requestId: 'B', bedId: B2, start: '2027-01-05', end: '2027-01-12' },
    ]);
    expect(result.instance.requests.map((r) => r.id)).toEqual(['B']);
    expect(result.moves).toEqual([
      {
        ref: { requestId: 'A' },
        from: { bedId: B1, start: '2027-01-20', end: '2027-01-27' },
        to: null,
        reason: 'avlyst',
        kind: 'event',
      },
    ]);
  });

  it('a cancel of a stay under way ends it today and keeps the nights before', () => {
    const instance = instanceWith([
      request('A', { earliestStart: '2027-01-05', latestStart: '2027-01-05', nights: 14 }),
    ]);
    const plan = planOf([{ requestId: 'A', bedId: B1, start: '2027-01-05', end: '2027-01-19' }]);
    const result = run(instance, plan, [{ type: 'cancel', requestId: 'A' }]);
    expect(result.plan.stays).toEqual([{ requestId: 'A', bedId: B1, start: '2027-01-05', end: TODAY }]);
    expect(result.instance.requests[0]?.nights).toBe(6);
  });

  it('a no-show on the arrival day frees the bed and removes the request', () => {
    const instance = instanceWith([request('A', { earliestStart: TODAY, latestStart: TODAY })]);
    const plan = planOf([{ requestId: 'A', bedId: B1, start: TODAY, end: '2027-01-18' }]);
    const result = run(instance, plan, [{ type: 'noShow', requestId: 'A', date: TODAY }]);
    expect(result.plan.stays).toEqual([]);
    expect(result.instance.requests).toEqual([]);
    expect(result.moves.map((m) => [m.kind, m.reason])).toEqual([['event', `ikke møtt ${TODAY}`]]);
  });

  it('an early departure ends the stay on its date and shortens the request to the nights stayed', () => {
    const instance = instanceWith([
      request('A', { earliestStart: '2027-01-05', latestStart: '2027-01-05', nights: 14 }),
    ]);
    const plan = planOf([{ requestId: 'A', bedId: B1, start: '2027-01-05', end: '2027-01-19' }]);
    const result = run(instance, plan, [{ type: 'earlyDeparture', requestId: 'A', date: '2027-01-14' }]);
    expect(result.plan.stays).toEqual([
      { requestId: 'A', bedId: B1, start: '2027-01-05', end: '2027-01-14' },
    ]);
    expect(result.instance.requests[0]?.nights).toBe(9);
    expect(result.figures.after.valid).toBe(true);
  });

  it('an extension runs on in the same bed and the next stay, not yet announced, moves to another bed', () => {
    const instance = instanceWith([
      request('A', { earliestStart: '2027-01-05', latestStart: '2027-01-05', nights: 9 }),
      request('B', { earliestStart: '2027-01-14', latestStart: '2027-01-14' }),
    ]);
    const plan = planOf([
      { requestId: 'A', bedId: B1, start: '2027-01-05', end: '2027-01-14' },
      { requestId: 'B', bedId: B1, start: '2027-01-14', end: '2027-01-21' },
    ]);
    const result = run(instance, plan, [{ type: 'extend', requestId: 'A', nights: 3 }]);
    expect(sorted(result.plan.stays)).toEqual([
      { requestId: 'A', bedId: B1, start: '2027-01-05', end: '2027-01-17' },
      { requestId: 'B', bedId: B2, start: '2027-01-14', end: '2027-01-21' },
    ]);
    expect(result.instance.requests[0]?.nights).toBe(12);
    expect(result.figures.after.moves).toBe(1);
    expect(result.moves[1]).toMatchObject({ ref: { requestId: 'B' }, kind: 'moved' });
  });

  it('with turnover days an extension still runs on in its own bed: it is one stay', () => {
    const instance = buildInstance({
      turnoverDays: 1,
      wards: [wardInput('W1', ['korttid'], [1, 1])],
      requests: [request('A', { earliestStart: '2027-01-05', latestStart: '2027-01-05', nights: 9 })],
    });
    const plan = planOf([{ requestId: 'A', bedId: B1, start: '2027-01-05', end: '2027-01-14' }]);
    const result = run(instance, plan, [{ type: 'extend', requestId: 'A', nights: 4 }]);
    expect(result.plan.stays).toEqual([
      { requestId: 'A', bedId: B1, start: '2027-01-05', end: '2027-01-18' },
    ]);
    expect(result.figures.after.transfers).toBe(0);
  });

  it('an extension into a stay that starts within the notice days continues in another bed', () => {
    const instance = instanceWith([
      request('A', { earliestStart: '2027-01-05', latestStart: '2027-01-05', nights: 7 }),
      request('B', { earliestStart: '2027-01-12', latestStart: '2027-01-12' }),
    ]);
    const plan = planOf([
      { requestId: 'A', bedId: B1, start: '2027-01-05', end: '2027-01-12' },
      { requestId: 'B', bedId: B1, start: '2027-01-12', end: '2027-01-19' },
    ]);
    const result = run(instance, plan, [{ type: 'extend', requestId: 'A', nights: 3 }]);
    expect(sorted(result.plan.stays)).toEqual([
      { requestId: 'A', bedId: B1, start: '2027-01-05', end: '2027-01-12' },
      { requestId: 'A', bedId: B2, start: '2027-01-12', end: '2027-01-15' },
      { requestId: 'B', bedId: B1, start: '2027-01-12', end: '2027-01-19' },
    ]);
    expect(result.figures.after.transfers).toBe(1);
    expect(result.figures.after.moves).toBe(0);
  });

  it('a bed out of service moves a stay under way to another bed from the first closed night', () => {
    const instance = instanceWith([
      request('A', { earliestStart: '2027-01-05', latestStart: '2027-01-05', nights: 14 }),
    ]);
    const plan = planOf([{ requestId: 'A', bedId: B1, start: '2027-01-05', end: '2027-01-19' }]);
    const result = run(instance, plan, [
      { type: 'bedOutOfService', bedId: B1, start: '2027-01-15', end: '2027-01-25' },
    ]);
    expect(sorted(result.plan.stays)).toEqual([
      { requestId: 'A', bedId: B1, start: '2027-01-05', end: '2027-01-15' },
      { requestId: 'A', bedId: B2, start: '2027-01-15', end: '2027-01-19' },
    ]);
    expect(result.moves.map((m) => m.kind)).toEqual(['event']);
  });

  it('a ward closure moves a stay that has not begun, whole, to an open ward on the same dates', () => {
    const instance = instanceWith(
      [request('A', { earliestStart: '2027-01-20', latestStart: '2027-01-24' })],
      {
        beds: 1,
        wards: [
          { id: 'W2', name: 'W2', tags: ['korttid'], rooms: [{ id: 'W2-R1', beds: [{ id: 'W2-R1-B1' }] }] },
        ],
      },
    );
    const plan = planOf([{ requestId: 'A', bedId: 'W2-R1-B1', start: '2027-01-20', end: '2027-01-27' }]);
    const result = run(instance, plan, [
      { type: 'wardClosure', wardId: 'W2', start: '2027-01-18', end: '2027-02-01' },
    ]);
    expect(result.plan.stays).toEqual([
      { requestId: 'A', bedId: B1, start: '2027-01-20', end: '2027-01-27' },
    ]);
    expect(result.figures.after.moves).toBe(0);
    expect(result.moves[0]).toMatchObject({ kind: 'event', reason: 'sengen stenges i perioden' });
  });

  it('a new request from hospital gets a free bed from today', () => {
    const instance = instanceWith([
      request('A', { earliestStart: '2027-01-05', latestStart: '2027-01-05', nights: 14 }),
    ]);
    const plan = planOf([{ requestId: 'A', bedId: B1, start: '2027-01-05', end: '2027-01-19' }]);
    const urgent = request('N', {
      earliestStart: '2027-01-09',
      latestStart: '2027-01-20',
      nights: 3,
      source: 'hospital',
      priority: 1,
    });
    const result = run(instance, plan, [
      event.parse({ type: 'newRequest', request: urgent, person: { id: 'P-N', sex: 'M' } }),
    ]);
    expect(sorted(result.plan.stays)).toEqual([
      { requestId: 'A', bedId: B1, start: '2027-01-05', end: '2027-01-19' },
      { requestId: 'N', bedId: B2, start: TODAY, end: '2027-01-14' },
    ]);
    expect(result.instance.people.map((p) => p.id)).toContain('P-N');
  });
});
