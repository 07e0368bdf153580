import type { CalendarOptions } from '@fullcalendar/core';

export type Zoom = 'dag' | 'uke' | 'maaned';

export const zoomLabels: Record<Zoom, string> = { dag: 'Dag', uke: 'Uke', maaned: 'Måned' };

/** The timeline at each zoom: a slot a night, a week or a month. */
export const zoomViews: NonNullable<CalendarOptions['views']> = {
  dag: {
    type: 'resourceTimeline',
    slotDuration: { days: 1 },
    slotMinWidth: 26,
    slotLabelFormat: [{ month: 'long', year: 'numeric' }, { day: 'numeric' }],
  },
  uke: {
    type: 'resourceTimeline',
    slotDuration: { weeks: 1 },
    slotMinWidth: 48,
    slotLabelFormat: [{ month: 'long', year: 'numeric' }, { week: 'short' }],
  },
  maaned: {
    type: 'resourceTimeline',
    slotDuration: { months: 1 },
    slotMinWidth: 160,
    slotLabelFormat: [{ month: 'long', year: 'numeric' }],
  },
};
