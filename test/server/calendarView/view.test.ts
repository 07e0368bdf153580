import { describe, expect, it } from 'vitest';
import { buildCalendarView, type CalendarInput } from '../../../server/calendar/view.ts';
import { fixture } from '../support/fixtures.ts';
import { tinyPlanWithWaiting } from './support.ts';

const input = (over: Partial<CalendarInput> = {}): CalendarInput => ({
  planId: 7,
  instanceId: 'tiny',
  revision: 3,
  status: 'draft',
  instance: fixture('tiny'),
  plan: tinyPlanWithWaiting(),
  scope: {},
  names: null,
  today: '2027-01-20',
  ...over,
});

const view = (over: Partial<CalendarInput> = {}) => {
  const built = buildCalendarView(input(over));
  if (!built) throw new Error('no view');
  return built;
};

const refText = (ref: object) => Object.values(ref).join('#');

describe('the calendar view of a plan', () => {
  it('names the plan, its instance, revision, status and horizon', () => {
    const { planId, instanceId, revision, status, horizon } = view();
    expect({ planId, instanceId, revision, status, horizon }).toEqual({
      planId: 7,
      instanceId: 'tiny',
      revision: 3,
      status: 'draft',
      horizon: { start: '2027-01-04', end: '2027-03-01' },
    });
  });

  it('lists the beds of a ward as resources with centre, ward, room, tags and a short title', () => {
    expect(view({ scope: { wardId: 'C1-W1' } }).resources).toEqual([
      {
        id: 'C1-W1-R1-B1',
        centreId: 'C1',
        centreName: 'Fyllingsdalen behandlingssenter',
        wardId: 'C1-W1',
        wardName: 'Korttid 1',
        roomId: 'C1-W1-R1',
        tags: ['korttid', 'bariatrisk'],
        title: 'R1 · B1',
      },
      expect.objectContaining({ id: 'C1-W1-R2-B1', roomId: 'C1-W1-R2', tags: ['korttid'], title: 'R2 · B1' }),
      expect.objectContaining({ id: 'C1-W1-R2-B2', roomId: 'C1-W1-R2', title: 'R2 · B2' }),
      expect.objectContaining({ id: 'C1-W1-R3-B1', roomId: 'C1-W1-R3', title: 'R3 · B1' }),
    ]);
  });

  it('lists every bed of the instance without a scope', () => {
    expect(view().resources).toHaveLength(9);
  });

  it('lists the beds of a centre for a centre scope', () => {
    expect(view({ scope: { centreId: 'C2' } }).resources.map((r) => r.id)).toEqual([
      'C2-W1-R1-B1',
      'C2-W1-R2-B1',
      'C2-W2-R1-B1',
      'C2-W2-R2-B1',
    ]);
  });

  it('has no view for a ward the instance lacks, nor for a ward outside the named centre', () => {
    expect(buildCalendarView(input({ scope: { wardId: 'C9-W9' } }))).toBeNull();
    expect(buildCalendarView(input({ scope: { centreId: 'C2', wardId: 'C1-W1' } }))).toBeNull();
    expect(buildCalendarView(input({ scope: { centreId: 'C9' } }))).toBeNull();
  });

  it('shows the stays in the beds of the ward, fixed stays included', () => {
    expect(view({ scope: { wardId: 'C1-W1' } }).stays).toEqual([
      {
        key: 'request:R1:0',
        ref: { requestId: 'R1' },
        bedId: 'C1-W1-R2-B2',
        start: '2027-01-04',
        end: '2027-01-18',
        kind: 'korttid',
        label: 'P4',
        pinned: false,
        fixed: false,
        priority: 1,
        hospital: true,
      },
      expect.objectContaining({ key: 'request:R2:0', bedId: 'C1-W1-R3-B1' }),
      expect.objectContaining({ key: 'request:R7:0', bedId: 'C1-W1-R2-B1', hospital: false, priority: 3 }),
      expect.objectContaining({ key: 'request:R8:0', bedId: 'C1-W1-R2-B2' }),
      {
        key: 'fixed:F1',
        ref: { fixedStayId: 'F1' },
        bedId: 'C1-W1-R2-B1',
        start: '2026-12-21',
        end: '2027-01-11',
        kind: 'fixed',
        label: 'P1',
        pinned: false,
        fixed: true,
      },
    ]);
  });

  it('flags a pinned request and a pinned series occurrence as pinned', () => {
    const stays = view().stays;
    expect(stays.find((s) => s.key === 'request:R3:0')?.pinned).toBe(true);
    expect(stays.find((s) => s.key === 'series:S2#1:0')?.pinned).toBe(true);
    expect(stays.find((s) => s.key === 'series:S2#0:0')?.pinned).toBe(false);
  });

  it('gives a series occurrence its series kind and no priority', () => {
    const occurrence = view().stays.find((s) => s.key === 'series:S1#0:0');
    expect(occurrence).toEqual({
      key: 'series:S1#0:0',
      ref: { seriesId: 'S1', occurrence: 0 },
      bedId: 'C2-W2-R1-B1',
      start: '2027-01-04',
      end: '2027-01-11',
      kind: 'rullering',
      label: 'P2',
      pinned: false,
      fixed: false,
    });
  });

  it('shows each segment of a transfer with its own key', () => {
    const r10 = view({ scope: { wardId: 'C2-W1' } }).stays.filter((s) => refText(s.ref) === 'R10');
    expect(r10.map((s) => [s.key, s.bedId, s.start, s.end])).toEqual([
      ['request:R10:0', 'C2-W1-R2-B1', '2027-01-20', '2027-01-30'],
      ['request:R10:1', 'C2-W1-R1-B1', '2027-01-30', '2027-02-10'],
    ]);
  });

  it('puts closures of the ward and out-of-service periods of its beds in the background', () => {
    expect(view({ scope: { wardId: 'C1-W1' } }).background).toEqual([
      { wardId: 'C1-W1', start: '2027-02-15', end: '2027-02-22', reason: 'closure' },
      { bedId: 'C1-W1-R3-B1', start: '2027-01-18', end: '2027-01-25', reason: 'outOfService' },
    ]);
  });

  it('lists the staffing caps of the wards in view and of no other ward', () => {
    const instance = structuredClone(fixture('tiny'));
    const [w1, w2] = instance.centres[0]?.wards ?? [];
    if (!w1 || !w2) throw new Error('tiny has two wards in its first centre');
    w1.capacity = [{ start: '2027-07-01', end: '2027-08-01', beds: 2 }];
    w2.capacity = [{ start: '2027-06-01', end: '2027-06-15', beds: 1 }];
    expect(view({ instance, scope: { wardId: w1.id } }).staffing).toEqual([
      { wardId: w1.id, start: '2027-07-01', end: '2027-08-01', beds: 2 },
    ]);
  });

  it('sorts the waiting list by priority, then by the longest wait', () => {
    expect(view().waiting.map((w) => [refText(w.ref), w.priority, w.waitingDays])).toEqual([
      ['R4', 1, 9],
      ['R9', 1, 0],
      ['S1#2', 2, 0],
      ['R6', 3, 16],
      ['R11', 3, 0],
    ]);
  });

  it('gives a hospital discharge on the waiting list its daily cost of 5,981 NOK', () => {
    expect(view().waiting[0]).toEqual({
      ref: { requestId: 'R4' },
      kind: 'korttid',
      nights: 21,
      priority: 1,
      earliestStart: '2027-01-11',
      latestStart: '2027-01-13',
      fromHospital: true,
      waitingDays: 9,
      dailyCost: 5981,
      requiredTags: ['korttid', 'bariatrisk'],
      label: 'P7',
      reason: 'ingen bariatrisk seng ledig',
    });
  });

  it('gives a waiting series occurrence its pattern window, its phase nights and no daily cost', () => {
    expect(view().waiting.find((w) => refText(w.ref) === 'S1#2')).toEqual({
      ref: { seriesId: 'S1', occurrence: 2 },
      kind: 'rullering',
      nights: 14,
      priority: 2,
      earliestStart: '2027-02-13',
      latestStart: '2027-02-17',
      fromHospital: false,
      waitingDays: 0,
      dailyCost: 0,
      requiredTags: ['rullering'],
      label: 'P2',
      reason: 'rulleringssengen er opptatt',
    });
  });

  it('keeps on a ward’s waiting list only what some bed of the ward could take', () => {
    expect(view({ scope: { wardId: 'C1-W1' } }).waiting.map((w) => refText(w.ref))).toEqual([
      'R4',
      'R6',
      'R11',
    ]);
  });

  it('labels people by name when names are given, by pseudonymous id otherwise', () => {
    const names = new Map([['P4', 'Kari Nordmann']]);
    const named = view({ names, scope: { wardId: 'C1-W1' } }).stays;
    expect(named.find((s) => s.key === 'request:R1:0')?.label).toBe('Kari Nordmann');
    expect(named.find((s) => s.key === 'request:R2:0')?.label).toBe('P5');
  });
});
