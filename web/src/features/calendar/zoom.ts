import type { CalendarOptions, FormatterInput } from '@fullcalendar/core';

export type Zoom = 'dag' | 'uke' | 'maaned';

export const zoomLabels: Record<Zoom, string> = { dag: 'Dag', uke: 'Uke', maaned: 'Måned' };

const zooms = Object.keys(zoomLabels) as Zoom[];

/**
 * A zoom is the width of a day in pixels, at least: days widen to fill the screen when the horizon is
 * narrower. At 5 px a day the half year (182 days, 910 px) fits beside the beds on one screen.
 */
export const dayWidth: Record<Zoom, number> = { dag: 40, uke: 12, maaned: 5 };

const month: FormatterInput = { month: 'long', year: 'numeric' };
const week: FormatterInput = { week: 'long' };
const day: FormatterInput = { day: 'numeric' };

/** The header's rows, the days last: a day's number only where it fits, else a thin row that marks holidays. */
export const headerRows: Record<Zoom, FormatterInput[]> = {
  dag: [month, day],
  uke: [month, week, day],
  maaned: [month, day],
};

/** Whether the header's row of days shows their numbers; where it does not, it still marks holidays. */
export const showsDayNumbers = (zoom: Zoom): boolean => zoom === 'dag';

/**
 * The timeline at each zoom: always a slot a day, so every stay is drawn from its first night to its
 * departure day, and stays that follow each other on a bed share its row.
 */
export const zoomViews: NonNullable<CalendarOptions['views']> = Object.fromEntries(
  zooms.map((zoom) => [
    zoom,
    {
      type: 'resourceTimeline',
      slotDuration: { days: 1 },
      slotLabelInterval: { days: 1 },
      slotMinWidth: dayWidth[zoom],
      slotLabelFormat: headerRows[zoom],
    },
  ]),
);

export const isZoom = (name: string): name is Zoom => name in zoomLabels;
