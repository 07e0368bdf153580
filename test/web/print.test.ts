import { describe, expect, it } from 'vitest';
import { choosePlan } from '../../web/src/app/choosePlan.ts';
import type { PlanSummary } from '../../web/src/api/plans.ts';
import { toCalendarEvents } from '../../web/src/features/calendar/events.ts';
import { twoWeeks } from '../../web/src/features/print/twoWeeks.ts';
import { bed, calendar, stay } from './support.ts';

describe("a ward's next two weeks on paper", () => {
  const cal = calendar({
    horizon: { start: '2027-01-04', end: '2027-03-01' },
    resources: [bed('C1-W1-R1-B1')],
    stays: [
      stay('A', 'C1-W1-R1-B1', '2027-01-01', '2027-01-10'),
      stay('B', 'C1-W1-R1-B1', '2027-01-10', '2027-01-31'),
    ],
  });

  it('starts at the horizon when today is before it and shows fourteen nights', () => {
    const view = twoWeeks(cal, '2026-11-25');
    expect(view.days[0]).toBe('2027-01-04');
    expect(view.days).toHaveLength(14);
  });

  it('lists arrivals and departures inside the two weeks', () => {
    const view = twoWeeks(cal, '2027-01-05');
    expect(view.arrivals.map((s) => s.key)).toEqual(['B']);
    expect(view.departures.map((s) => s.key)).toEqual(['A']);
  });

  it('puts the person leaving in the bed until the night before departure and the next one from arrival', () => {
    const view = twoWeeks(cal, '2027-01-08');
    expect(view.beds[0]!.nights.slice(0, 3).map((s) => s?.key)).toEqual(['A', 'A', 'B']);
  });
});

describe('stays as calendar bars', () => {
  const cal = calendar({
    resources: [bed('C1-W1-R1-B1'), bed('C1-W1-R2-B1')],
    stays: [stay('A', 'C1-W1-R1-B1', '2027-01-04', '2027-01-11', { pinned: true })],
    background: [{ wardId: 'C1-W1', start: '2027-01-20', end: '2027-01-27', reason: 'closure' }],
  });

  it('ends the bar on the departure day, which FullCalendar does not colour', () => {
    const [, bar] = toCalendarEvents(cal);
    expect(bar).toMatchObject({
      resourceId: 'C1-W1-R1-B1',
      start: '2027-01-04',
      end: '2027-01-11',
      allDay: true,
    });
  });

  it('marks a pinned stay and a moved one', () => {
    const [, bar] = toCalendarEvents(cal, new Set(['A']));
    expect(bar!.classNames).toEqual(['stay-korttid', 'stay-pinned', 'stay-moved']);
  });

  it('shades a ward closure behind every bed of the ward', () => {
    const [background] = toCalendarEvents(cal);
    expect(background).toMatchObject({
      display: 'background',
      resourceIds: ['C1-W1-R1-B1', 'C1-W1-R2-B1'],
      title: 'Stengt',
    });
  });
});

describe('the plan version to open', () => {
  const plan = (id: number, version: number, status: 'draft' | 'published'): PlanSummary => ({
    id,
    instanceId: 'demo',
    version,
    revision: 1,
    status,
    createdAt: '2026-11-25T10:00:00Z',
    publishedAt: null,
    stays: 0,
    unplaced: 0,
  });
  const plans = [plan(3, 3, 'draft'), plan(2, 2, 'published'), plan(1, 1, 'draft')];

  it('is the newest version for a planner', () => {
    expect(choosePlan(plans, 'planner')?.id).toBe(3);
  });

  it('is the newest published version for a ward leader', () => {
    expect(choosePlan(plans, 'wardLeader')?.id).toBe(2);
  });

  it('is none when there are no versions', () => {
    expect(choosePlan([], 'staff')).toBeNull();
  });
});
