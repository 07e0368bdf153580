import type { EventInput } from '@fullcalendar/core';
import type { Calendar, CalendarStay } from '../../api/calendar.ts';
import { kindColour, kindName } from '../../lib/kinds.ts';
import { formatStay } from '../../lib/nights.ts';

export interface StayExtras {
  stay: CalendarStay;
  description: string;
}

/** The readable description of a stay, for titles and screen readers. */
export function describeStay(stay: CalendarStay): string {
  const flags = [
    stay.pinned ? 'låst' : null,
    stay.fixed ? 'fast opphold' : null,
    stay.hospital ? 'fra sykehus' : null,
  ]
    .filter(Boolean)
    .join(', ');
  return `${stay.label}, ${kindName(stay.kind)}, ${formatStay(stay.start, stay.end)}${flags ? ` (${flags})` : ''}`;
}

/** The classes of a stay's bar: its kind, and whether it is pinned, fixed or moved by the solver. */
export function stayClasses(stay: CalendarStay, moved: boolean): string[] {
  return [
    `stay-${stay.kind}`,
    ...(stay.pinned ? ['stay-pinned'] : []),
    ...(stay.fixed ? ['stay-fixed'] : []),
    ...(moved ? ['stay-moved'] : []),
  ];
}

/**
 * The stays as FullCalendar all-day events; closures, out-of-service and reduced staffing as background.
 * A stay's end is its departure day, which is FullCalendar's exclusive end: the bar covers exactly its nights.
 */
export function toCalendarEvents(
  calendar: Calendar,
  highlighted: ReadonlySet<string> = new Set(),
): EventInput[] {
  const wardBeds = new Map<string, string[]>();
  for (const r of calendar.resources) wardBeds.set(r.wardId, [...(wardBeds.get(r.wardId) ?? []), r.id]);

  const stays: EventInput[] = calendar.stays.map((stay) => ({
    id: stay.key,
    resourceId: stay.bedId,
    start: stay.start,
    end: stay.end,
    allDay: true,
    title: stay.label,
    backgroundColor: kindColour(stay.fixed ? 'fixed' : stay.kind),
    borderColor: highlighted.has(stay.key) ? '#ffb000' : kindColour(stay.fixed ? 'fixed' : stay.kind),
    editable: !stay.fixed,
    classNames: stayClasses(stay, highlighted.has(stay.key)),
    extendedProps: { stay, description: describeStay(stay) } satisfies StayExtras,
  }));

  const background: EventInput[] = calendar.background.flatMap((b, i) => {
    const beds = b.bedId ? [b.bedId] : b.wardId ? (wardBeds.get(b.wardId) ?? []) : [];
    if (beds.length === 0) return [];
    return [
      {
        id: `bg-${i}`,
        resourceIds: beds,
        start: b.start,
        end: b.end,
        allDay: true,
        display: 'background',
        title: b.reason === 'closure' ? 'Stengt' : 'Ute av drift',
        classNames: [b.reason === 'closure' ? 'bg-closure' : 'bg-out-of-service'],
      },
    ];
  });
  const staffing: EventInput[] = calendar.staffing.flatMap((p, i) => {
    const beds = wardBeds.get(p.wardId) ?? [];
    if (beds.length === 0) return [];
    return [
      {
        id: `staffing-${i}`,
        resourceIds: beds,
        start: p.start,
        end: p.end,
        allDay: true,
        display: 'background',
        title: `Bemannet for ${p.beds} av ${beds.length} senger`,
        classNames: ['bg-staffing'],
      },
    ];
  });
  return [...staffing, ...background, ...stays];
}
