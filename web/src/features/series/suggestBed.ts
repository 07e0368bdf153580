import type { Calendar } from '../../api/calendar.ts';
import { toDayNumber } from '../../lib/isoDates.ts';
import { groupBeds, hasTags } from '../../lib/beds.ts';
import type { Occurrence } from './patterns.ts';

/**
 * The first bed (in calendar order) with the required tags that is free for every occurrence, so a
 * rotation user keeps one bed; null when no single bed holds them all. A preview: the server decides.
 */
export function suggestBed(
  calendar: Calendar,
  occurrences: readonly Occurrence[],
  requiredTags: readonly string[],
): string | null {
  const byId = new Map(calendar.resources.map((r) => [r.id, r]));
  const wardOf = new Map(calendar.resources.map((r) => [r.id, r.wardId]));
  for (const row of groupBeds(calendar.resources)) {
    const bed = byId.get(row.id)!;
    if (!hasTags(bed, requiredTags)) continue;
    const busy = [
      ...calendar.stays.filter((s) => s.bedId === bed.id),
      ...calendar.background.filter(
        (b) => b.bedId === bed.id || (!b.bedId && b.wardId === wardOf.get(bed.id)),
      ),
    ].map((s) => [toDayNumber(s.start), toDayNumber(s.end)] as const);
    const free = occurrences.every((o) => {
      const [s, e] = [toDayNumber(o.start), toDayNumber(o.end)];
      return !busy.some(([bs, be]) => bs < e && s < be);
    });
    if (free) return bed.id;
  }
  return null;
}
