import type { CalendarOptions, SlotLabelContentArg, SlotLaneContentArg } from '@fullcalendar/core';
import { holidayTitle, type HolidayNames } from '../../lib/holidays.ts';
import { isoFromUtcDate } from '../../lib/isoDates.ts';
import { headerRows, isZoom, showsDayNumbers } from './zoom.ts';

type Marks = Pick<
  CalendarOptions,
  'slotLabelClassNames' | 'slotLabelContent' | 'slotLabelDidMount' | 'slotLaneClassNames'
>;

/** The header's row of days at a view (zoom), or none. */
const isDayRow = (arg: SlotLabelContentArg) =>
  isZoom(arg.view.type) && arg.level === headerRows[arg.view.type].length - 1;

/**
 * Public holidays marked in the timeline: the day's header cell (named by the holiday, for the mouse and
 * for screen readers) and its column of bed lanes. Where days are too narrow for their numbers, the row of
 * days is left empty but for the holiday marks.
 */
export function holidayMarks(holidays: HolidayNames): Marks {
  const holidayOf = (arg: SlotLabelContentArg) =>
    isDayRow(arg) ? holidays.get(isoFromUtcDate(arg.date)) : undefined;
  return {
    slotLabelClassNames: (arg: SlotLabelContentArg) => (holidayOf(arg) ? ['holiday'] : []),
    slotLabelContent: (arg: SlotLabelContentArg) =>
      isDayRow(arg) && isZoom(arg.view.type) && !showsDayNumbers(arg.view.type) ? '' : arg.text,
    slotLabelDidMount: (arg) => {
      const name = holidayOf(arg);
      if (!name) return;
      const title = holidayTitle(name, isoFromUtcDate(arg.date));
      arg.el.title = title;
      arg.el.setAttribute('aria-label', title);
    },
    slotLaneClassNames: (arg: SlotLaneContentArg) =>
      arg.date && holidays.has(isoFromUtcDate(arg.date)) ? ['holiday'] : [],
  };
}
