import type { Calendar } from '../../api/calendar.ts';
import { hasTags } from '../../lib/beds.ts';
import { addDays, toDayNumber } from '../../lib/isoDates.ts';

export interface Placeable {
  nights: number;
  earliestStart: string;
  latestStart?: string | null | undefined;
  requiredTags: string[];
}

type Interval = [number, number];

function busyByBed(calendar: Calendar, ignoreKey?: string): Map<string, Interval[]> {
  const busy = new Map<string, Interval[]>();
  const add = (bedId: string, start: string, end: string) =>
    busy.set(bedId, [...(busy.get(bedId) ?? []), [toDayNumber(start), toDayNumber(end)]]);
  for (const s of calendar.stays) if (s.key !== ignoreKey) add(s.bedId, s.start, s.end);
  const wardBeds = new Map<string, string[]>();
  for (const r of calendar.resources) wardBeds.set(r.wardId, [...(wardBeds.get(r.wardId) ?? []), r.id]);
  for (const b of calendar.background) {
    const beds = b.bedId ? [b.bedId] : b.wardId ? (wardBeds.get(b.wardId) ?? []) : [];
    for (const bed of beds) add(bed, b.start, b.end);
  }
  return busy;
}

const overlaps = (busy: Interval[], start: number, end: number) =>
  busy.some(([s, e]) => s < end && start < e);

/** The first start in the request's window (clipped to the horizon) where the bed is free, or null. */
export function firstFreeStart(
  calendar: Calendar,
  bedId: string,
  item: Placeable,
  ignoreKey?: string,
): string | null {
  const busy = busyByBed(calendar, ignoreKey).get(bedId) ?? [];
  const horizonStart = toDayNumber(calendar.horizon.start);
  const horizonEnd = toDayNumber(calendar.horizon.end);
  const from = Math.max(toDayNumber(item.earliestStart), horizonStart);
  const to = Math.min(toDayNumber(item.latestStart ?? item.earliestStart), horizonEnd - item.nights);
  for (let day = from; day <= to; day++) {
    if (!overlaps(busy, day, day + item.nights)) return addDays(calendar.horizon.start, day - horizonStart);
  }
  return null;
}

/**
 * The beds that can take the item: every required tag, and free for its nights from some start in its
 * window (stays, closures and out-of-service periods counted). The server still judges the drop.
 */
export function compatibleFreeBeds(calendar: Calendar, item: Placeable, ignoreKey?: string): Set<string> {
  const busy = busyByBed(calendar, ignoreKey);
  const horizonStart = toDayNumber(calendar.horizon.start);
  const horizonEnd = toDayNumber(calendar.horizon.end);
  const from = Math.max(toDayNumber(item.earliestStart), horizonStart);
  const to = Math.min(toDayNumber(item.latestStart ?? item.earliestStart), horizonEnd - item.nights);
  const result = new Set<string>();
  for (const r of calendar.resources) {
    if (!hasTags(r, item.requiredTags)) continue;
    const bedBusy = busy.get(r.id) ?? [];
    for (let day = from; day <= to; day++) {
      if (!overlaps(bedBusy, day, day + item.nights)) {
        result.add(r.id);
        break;
      }
    }
  }
  return result;
}

/** CSS that tints the rows of the given beds (FullCalendar marks lanes and cells with data-resource-id). */
export function highlightCss(bedIds: Iterable<string>): string {
  const selectors = [...bedIds].flatMap((id) => {
    const quoted = JSON.stringify(id);
    return [
      `.fc td.fc-timeline-lane[data-resource-id=${quoted}]`,
      `.fc td.fc-datagrid-cell[data-resource-id=${quoted}]`,
    ];
  });
  return selectors.length === 0 ? '' : `${selectors.join(',\n')} { background: rgba(46, 160, 67, 0.22); }`;
}
