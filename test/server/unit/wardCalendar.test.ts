import { describe, expect, it } from 'vitest';
import { renderCalendar } from '../../../server/calendar/ics.ts';
import { wardCalendar } from '../../../server/calendar/wardCalendar.ts';
import { fixture } from '../support/fixtures.ts';
import type { Plan } from '../../../solver/formats.ts';
import { tinyPlan, tinyPlanChanged } from '../support/plans.ts';

const stamp = new Date('2027-01-01T00:00:00Z');
const tiny = fixture('tiny');
const calendarOf = (wardId: string) =>
  wardCalendar({ instanceId: 'tiny', instance: tiny, wardId, plan: tinyPlan(), stamp });

describe("a ward's calendar", () => {
  it('has one event per stay segment in the ward, fixed stays included, by date', () => {
    expect(calendarOf('C1-W1')?.events.map((e) => [e.summary, e.start, e.end])).toEqual([
      ['C1-W1-R2-B1: Pågående opphold', '2026-12-21', '2027-01-11'],
      ['C1-W1-R3-B1: Korttidsopphold', '2027-01-04', '2027-01-08'],
      ['C1-W1-R1-B1: Korttidsopphold', '2027-01-05', '2027-01-19'],
      ['C1-W1-R2-B2: Korttidsopphold', '2027-01-08', '2027-01-11'],
    ]);
  });

  it('leaves out stays in other wards', () => {
    expect(calendarOf('C2-W2')?.events.map((e) => e.summary)).toEqual(['C2-W2-R1-B1: Rulleringsopphold']);
  });

  it('names no person, request, series or fixed stay', () => {
    const places = tiny.centres.flatMap((c) =>
      c.wards.flatMap((w) => w.rooms.flatMap((r) => r.beds.map((b) => b.id))),
    );
    let text = renderCalendar(calendarOf('C1-W1') ?? { name: '', stamp, events: [] }).replaceAll('\r\n ', '');
    for (const bedId of places) text = text.replaceAll(bedId, '');
    const ids = [...tiny.people.map((p) => p.id), ...tiny.requests.map((r) => r.id), 'S1', 'S2', 'F1'];
    const named = ids.filter((id) => new RegExp(`\\b${id}\\b`).test(text));
    expect(named).toEqual([]);
  });

  it('gives a stay the same UID in the next plan version, where it moved, and every event its own', () => {
    const uidOf = (plan: Plan) =>
      wardCalendar({ instanceId: 'tiny', instance: tiny, wardId: 'C1-W1', plan, stamp })?.events.find(
        (e) => e.summary.endsWith('Korttidsopphold') && e.start === '2027-01-05',
      )?.uid;
    expect(uidOf(tinyPlanChanged())).toBe(uidOf(tinyPlan()));
    const uids = calendarOf('C1-W1')?.events.map((e) => e.uid) ?? [];
    expect(new Set(uids).size).toBe(4);
  });

  it('is null for a ward the instance does not have', () => {
    expect(calendarOf('NO-SUCH-WARD')).toBeNull();
  });
});
