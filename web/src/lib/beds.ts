import type { CalendarResource } from '../api/calendar.ts';

/** A bed row for FullCalendar: grouped by centre → ward, its room in a merged column. */
export interface BedRow {
  id: string;
  title: string;
  group: string;
  room: string;
  wardId: string;
  centreId: string;
  tags: string;
  order: number;
}

const byNatural = new Intl.Collator('nb', { numeric: true }).compare;

/** "C1-W2-R3" → "Rom 3" when the id ends in a room number, else the id. */
export function roomTitle(roomId: string): string {
  const match = /R(\d+)$/.exec(roomId);
  return match ? `Rom ${match[1]}` : roomId;
}

/** The beds sorted centre → ward → room → bed, each with its group label and order. */
export function groupBeds(resources: CalendarResource[]): BedRow[] {
  const sorted = [...resources].sort(
    (a, b) =>
      byNatural(a.centreName || a.centreId, b.centreName || b.centreId) ||
      byNatural(a.centreId, b.centreId) ||
      byNatural(a.wardId, b.wardId) ||
      byNatural(a.roomId, b.roomId) ||
      byNatural(a.id, b.id),
  );
  return sorted.map((r, order) => ({
    id: r.id,
    title: r.title,
    group: `${r.centreName || r.centreId} › ${r.wardName || r.wardId}`,
    room: roomTitle(r.roomId),
    wardId: r.wardId,
    centreId: r.centreId,
    tags: r.tags.join(', '),
    order,
  }));
}

/** Whether the bed has every required tag. */
export function hasTags(resource: CalendarResource, required: readonly string[]): boolean {
  return required.every((t) => resource.tags.includes(t));
}
