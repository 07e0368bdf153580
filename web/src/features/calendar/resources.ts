import type { CalendarResource } from '../../api/calendar.ts';

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

export interface UnitOption {
  /** "centre:C1" or "ward:C1-W2" or "all" */
  value: string;
  label: string;
}

export interface UnitTree {
  centres: { id: string; name: string; wards: { id: string; name: string }[] }[];
}

export interface Scope {
  role: 'admin' | 'planner' | 'wardLeader' | 'staff';
  centreIds: string[];
  wardIds: string[];
}

/**
 * What the selector offers: a planner every centre and ward and all beds; a ward leader the own centres
 * (with their wards) and own wards; staff their wards.
 */
export function unitOptions(tree: UnitTree, scope: Scope): UnitOption[] {
  const everything = scope.role === 'planner' || scope.role === 'admin';
  const options: UnitOption[] = [];
  for (const c of tree.centres) {
    const wholeCentre = everything || (scope.role === 'wardLeader' && scope.centreIds.includes(c.id));
    if (wholeCentre) options.push({ value: `centre:${c.id}`, label: c.name || c.id });
    for (const w of c.wards) {
      if (wholeCentre || scope.wardIds.includes(w.id))
        options.push({ value: `ward:${w.id}`, label: `${c.name || c.id} › ${w.name || w.id}` });
    }
  }
  if (everything) options.push({ value: 'all', label: 'Alle senger' });
  return options;
}

/** The selector's value as the calendar's query. */
export function scopeOfUnit(value: string): { centreId?: string; wardId?: string } {
  if (value.startsWith('centre:')) return { centreId: value.slice('centre:'.length) };
  if (value.startsWith('ward:')) return { wardId: value.slice('ward:'.length) };
  return {};
}
