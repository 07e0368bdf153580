/** What the replan benchmark measures on a plan after one event, the same way for every method. */
import { DayIndex, maxDate } from '../../solver/dates.ts';
import type { Event, Instance, Plan, Stay } from '../../solver/formats.ts';

const labelOf = (s: Stay) => ('requestId' in s ? s.requestId : `${s.seriesId}#${s.occurrence}`);

function eventLabel(event: Event): string | null {
  if (!('requestId' in event) && !('seriesId' in event)) return null;
  if (event.requestId !== undefined) return event.requestId;
  if (event.seriesId !== undefined && event.occurrence !== undefined)
    return `${event.seriesId}#${event.occurrence}`;
  return null;
}

/**
 * The bed-nights (from today to the horizon end) the event vacates in the earlier plan: the nights a
 * cancelled, absent or early-leaving stay no longer uses. Keys are `bedId|night`.
 */
export function freedByEvent(instance: Instance, plan: Plan, event: Event, today: string): Set<string> {
  const freed = new Set<string>();
  const label = eventLabel(event);
  if (label === null || !['cancel', 'noShow', 'earlyDeparture'].includes(event.type)) return freed;
  const days = new DayIndex(instance.horizon.start);
  const segments = plan.stays.filter((s) => labelOf(s) === label);
  if (segments.length === 0) return freed;
  const first = segments.reduce((a, b) => (a.start <= b.start ? a : b));
  const started = first.start < today;
  const date = 'date' in event ? event.date : today;
  const cut = started ? maxDate(date, today) : event.type === 'cancel' ? first.start : date;
  const horizonEnd = days.of(instance.horizon.end);
  for (const s of segments) {
    for (let n = Math.max(days.of(s.start), days.of(cut)); n < Math.min(days.of(s.end), horizonEnd); n++)
      freed.add(`${s.bedId}|${n}`);
  }
  return freed;
}

/** How many of the given bed-nights someone stays in the plan (fixed stays included). */
export function occupiedOf(instance: Instance, plan: Plan, nights: ReadonlySet<string>): number {
  if (nights.size === 0) return 0;
  const days = new DayIndex(instance.horizon.start);
  let count = 0;
  const seen = new Set<string>();
  const visit = (bedId: string, start: string, end: string) => {
    for (let n = days.of(start); n < days.of(end); n++) {
      const key = `${bedId}|${n}`;
      if (nights.has(key) && !seen.has(key)) {
        seen.add(key);
        count++;
      }
    }
  };
  for (const s of plan.stays) visit(s.bedId, s.start, s.end);
  for (const f of instance.fixed) visit(f.bedId, f.start, f.end);
  return count;
}

/** Who is in which bed each night before today: `bedId|night` → the stay's label (or fixed stay id). */
function pastOccupants(instance: Instance, plan: Plan, today: string): Map<string, string> {
  const days = new DayIndex(instance.horizon.start);
  const cut = days.of(today);
  const map = new Map<string, string>();
  const visit = (bedId: string, start: string, end: string, label: string) => {
    for (let n = days.of(start); n < Math.min(days.of(end), cut); n++) map.set(`${bedId}|${n}`, label);
  };
  for (const s of plan.stays) if (s.start < today) visit(s.bedId, s.start, s.end, labelOf(s));
  for (const f of instance.fixed) if (f.start < today) visit(f.bedId, f.start, f.end, f.id);
  return map;
}

/** Bed-nights before today whose occupant differs between the two plans: must be 0. */
export function pastNightsChanged(before: [Instance, Plan], after: [Instance, Plan], today: string): number {
  const a = pastOccupants(before[0], before[1], today);
  const b = pastOccupants(after[0], after[1], today);
  let changed = 0;
  for (const [key, label] of a) if (b.get(key) !== label) changed++;
  for (const key of b.keys()) if (!a.has(key)) changed++;
  return changed;
}

/** Stays of the earlier plan, other than the one the event names, whose bed or start changed (or that lost their bed). */
export function movedStays(before: Plan, after: Plan, event: Event): number {
  const touched = eventLabel(event);
  const firstOf = (plan: Plan) => {
    const map = new Map<string, string>();
    for (const s of [...plan.stays].sort((x, y) => x.start.localeCompare(y.start))) {
      const label = labelOf(s);
      if (!map.has(label)) map.set(label, `${s.bedId}|${s.start}`);
    }
    return map;
  };
  const a = firstOf(before);
  const b = firstOf(after);
  let moved = 0;
  for (const [label, where] of a) if (label !== touched && b.get(label) !== where) moved++;
  return moved;
}
