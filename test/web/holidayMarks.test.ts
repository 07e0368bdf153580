// @vitest-environment jsdom
import type { SlotLabelContentArg, SlotLabelMountArg, SlotLaneContentArg } from '@fullcalendar/core';
import { describe, expect, it } from 'vitest';
import { holidayMarks } from '../../web/src/features/calendar/holidayMarks.ts';

const holidays = new Map([['2027-03-25', 'Skjærtorsdag']]);
const marks = holidayMarks(holidays);
const label = (view: string, level: number, date: string) =>
  ({ view: { type: view }, level, date: new Date(`${date}T00:00:00Z`), text: '25.' }) as SlotLabelContentArg;

describe('holidays in the timeline', () => {
  it("marks a holiday's cell in the header's row of days, not the month or week above it", () => {
    const classes = marks.slotLabelClassNames as (arg: SlotLabelContentArg) => string[];
    expect(classes(label('dag', 1, '2027-03-25'))).toEqual(['holiday']);
    expect(classes(label('maaned', 1, '2027-03-25'))).toEqual(['holiday']);
    expect(classes(label('uke', 1, '2027-03-25'))).toEqual([]);
    expect(classes(label('dag', 1, '2027-03-24'))).toEqual([]);
  });

  it("shades a holiday's column of bed lanes", () => {
    const classes = marks.slotLaneClassNames as (arg: SlotLaneContentArg) => string[];
    const lane = (date: string) => ({ date: new Date(`${date}T00:00:00Z`) }) as SlotLaneContentArg;
    expect([classes(lane('2027-03-25')), classes(lane('2027-03-26'))]).toEqual([['holiday'], []]);
  });

  it('names the holiday on its header cell for the mouse and for screen readers', () => {
    const el = document.createElement('th');
    const mount = marks.slotLabelDidMount as (arg: SlotLabelMountArg) => void;
    mount({ ...label('uke', 2, '2027-03-25'), el } as SlotLabelMountArg);
    expect([el.title, el.getAttribute('aria-label')]).toEqual([
      'Skjærtorsdag, 25. mar',
      'Skjærtorsdag, 25. mar',
    ]);
  });

  it('leaves the day numbers out where a day is too narrow for them, and keeps them at day zoom', () => {
    const content = marks.slotLabelContent as (arg: SlotLabelContentArg) => string;
    expect([content(label('dag', 1, '2027-03-24')), content(label('uke', 2, '2027-03-24'))]).toEqual([
      '25.',
      '',
    ]);
  });
});
