/**
 * Rule `capacity`: on each night of a ward's capacity period at most `beds` of its beds are occupied (the
 * ward is staffed for fewer beds than it has). Plan stays and fixed stays count; nights where the fixed stays
 * alone fill the ward beyond its cap are an instance problem and are not reported. One violation per ward and
 * run of over-full nights. refs: [every stay in the ward on those nights, by arrival, ward id].
 */
import type { CheckContext, Occupant } from '../context.ts';
import type { Violation } from '../types.ts';
import { groupBy, nightsText } from '../pairs.ts';

const UNCAPPED = -1;

interface CappedWard {
  wardId: string;
  /** Night index of limit[0]. */
  first: number;
  /** Beds the ward is staffed for per night from `first` on, UNCAPPED outside every period. */
  limit: Int32Array;
}

function cappedWards(ctx: CheckContext): CappedWard[] {
  const wards: CappedWard[] = [];
  for (const centre of ctx.instance.centres) {
    for (const ward of centre.wards) {
      const periods = (ward.capacity ?? []).map((p) => ({
        start: ctx.day.of(p.start),
        end: ctx.day.of(p.end),
        beds: p.beds,
      }));
      if (periods.length === 0) continue;
      const first = Math.min(...periods.map((p) => p.start));
      const limit = new Int32Array(Math.max(...periods.map((p) => p.end)) - first).fill(UNCAPPED);
      for (const p of periods) {
        for (let night = p.start; night < p.end; night++) {
          const at = night - first;
          const current = limit[at] as number;
          limit[at] = current === UNCAPPED ? p.beds : Math.min(current, p.beds);
        }
      }
      wards.push({ wardId: ward.id, first, limit });
    }
  }
  return wards;
}

/** Per night from `ward.first`: how many beds someone occupies, and whether a plan stay is among them. */
function countNights(ward: CappedWard, occupants: Occupant[]) {
  const length = ward.limit.length;
  const occupied = new Int32Array(length);
  const planned = new Uint8Array(length);
  for (const bedOccupants of groupBy(occupants, (o) => o.bedId).values()) {
    const taken = new Uint8Array(length);
    for (const o of bedOccupants) {
      for (let night = Math.max(o.start, ward.first); night < Math.min(o.end, ward.first + length); night++) {
        taken[night - ward.first] = 1;
        if (o.fromPlan) planned[night - ward.first] = 1;
      }
    }
    taken.forEach((t, at) => (occupied[at] = (occupied[at] as number) + t));
  }
  return { occupied, planned };
}

function byArrival(a: Occupant, b: Occupant): number {
  return a.start - b.start || a.label.localeCompare(b.label);
}

export function capacityRule(ctx: CheckContext): Violation[] {
  const violations: Violation[] = [];
  const byWard = groupBy(ctx.occupants, (o) => o.bed?.wardId);
  for (const ward of cappedWards(ctx)) {
    const occupants = byWard.get(ward.wardId) ?? [];
    const { occupied, planned } = countNights(ward, occupants);
    const overFull = (at: number) =>
      at < ward.limit.length &&
      ward.limit[at] !== UNCAPPED &&
      (occupied[at] as number) > (ward.limit[at] as number) &&
      planned[at] === 1;
    for (let at = 0; at < ward.limit.length; at++) {
      if (!overFull(at)) continue;
      let end = at;
      let staffed = Infinity;
      let most = 0;
      for (; overFull(end); end++) {
        staffed = Math.min(staffed, ward.limit[end] as number);
        most = Math.max(most, occupied[end] as number);
      }
      const start = ward.first + at;
      const stop = ward.first + end;
      const labels = [
        ...new Set(
          occupants
            .filter((o) => o.start < stop && start < o.end)
            .sort(byArrival)
            .map((o) => o.label),
        ),
      ];
      violations.push({
        rule: 'capacity',
        refs: [...labels, ward.wardId],
        message:
          `ward ${ward.wardId} is staffed for ${staffed} ${staffed === 1 ? 'bed' : 'beds'} but has ${most} ` +
          `occupied on ${nightsText(end - at)} from ${ctx.day.date(start)} (${labels.join(', ')})`,
      });
      at = end;
    }
  }
  return violations;
}
