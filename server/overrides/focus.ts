/**
 * The part of a plan and its instance that one override can affect, so that the checker judges a few
 * dozen stays instead of thousands. Only stays of one unit (a request or an occurrence) change; every rule
 * of the checker looks at
 * - that unit alone (reference of a request, segments, window, tags, closure, pin of a request),
 * - its series (reference, coverage, pattern and pins of occurrences all follow from the series' anchor),
 * - pairs of stays in one bed (bedConflict, turnover) or one room (roomSex) or of one person (personOverlap),
 * - every stay in a ward with capacity periods (capacity).
 * So the focus keeps: the unit, every stay of every unit with a segment in the rooms it occupies (before or
 * after; every room of its ward when the ward has capacity periods), every unit of its person, the fixed
 * stays in those rooms or of that person, and each series any of these belongs to, whole (its stays and
 * unplaced entries). Units are kept whole (all segments), so a pair rule sees the same pairs and reports the
 * same first shared night as on the whole plan.
 * test/server/overrides/focus.test.ts compares the verdict with the whole checker's on random overrides.
 */
import type { Instance, Plan, Stay } from '../../solver/formats.ts';
import { requestKey } from '../../solver/checker/context.ts';
import type { PlanRef } from '../../api/refs.ts';
import { entryKey, isRequestRef, keyOf, seriesIdOf } from './refs.ts';

export interface Judged {
  instance: Instance;
  plan: Plan;
}

/** Per room of a ward with capacity periods, every room of that ward: the capacity rule looks at them all. */
function roomsOfCappedWards(instance: Instance): Map<string, string[]> {
  const wardRooms = new Map<string, string[]>();
  for (const centre of instance.centres)
    for (const ward of centre.wards) {
      if (!ward.capacity?.length) continue;
      const ids = ward.rooms.map((r) => r.id);
      for (const id of ids) wardRooms.set(id, ids);
    }
  return wardRooms;
}

function roomsOfBeds(instance: Instance): Map<string, string> {
  const rooms = new Map<string, string>();
  for (const centre of instance.centres)
    for (const ward of centre.wards)
      for (const room of ward.rooms) for (const bed of room.beds) rooms.set(bed.id, room.id);
  return rooms;
}

function personOf(instance: Instance, ref: PlanRef): string | undefined {
  return isRequestRef(ref)
    ? instance.requests.find((r) => r.id === ref.requestId)?.personId
    : instance.series.find((s) => s.id === ref.seriesId)?.personId;
}

/** The focus of an override of `ref`, cut the same way out of the states before and after it. */
export function focusOn(ref: PlanRef, before: Judged, after: Judged): { before: Judged; after: Judged } {
  const key = keyOf(ref);
  const bedRoom = roomsOfBeds(after.instance);
  const rooms = new Set<string>();
  for (const state of [before, after])
    for (const stay of state.plan.stays)
      if (entryKey(stay) === key) rooms.add(bedRoom.get(stay.bedId) ?? `bed:${stay.bedId}`);
  const cappedWardRooms = roomsOfCappedWards(after.instance);
  for (const room of [...rooms]) for (const other of cappedWardRooms.get(room) ?? []) rooms.add(other);
  const roomOf = (bedId: string) => bedRoom.get(bedId) ?? `bed:${bedId}`;

  const personId = personOf(after.instance, ref);
  const personRequests = new Set(
    after.instance.requests.filter((r) => r.personId === personId).map((r) => r.id),
  );
  const personSeries = new Set(after.instance.series.filter((s) => s.personId === personId).map((s) => s.id));

  const keys = new Set<string>([key]);
  const series = new Set<string>(personSeries);
  if (!isRequestRef(ref)) series.add(ref.seriesId);
  for (const state of [before, after]) {
    for (const stay of state.plan.stays) {
      if (!rooms.has(roomOf(stay.bedId))) continue;
      keys.add(entryKey(stay));
      const seriesId = seriesIdOf(stay);
      if (seriesId !== undefined) series.add(seriesId);
    }
  }
  for (const requestId of personRequests) keys.add(requestKey(requestId));

  const kept = (entry: Stay | Plan['unplaced'][number]) => {
    const seriesId = seriesIdOf(entry);
    return seriesId !== undefined ? series.has(seriesId) : keys.has(entryKey(entry));
  };
  const cut = ({ instance, plan }: Judged): Judged => ({
    instance: {
      ...instance,
      requests: instance.requests.filter((r) => keys.has(requestKey(r.id))),
      series: instance.series.filter((s) => series.has(s.id)),
      fixed: instance.fixed.filter((f) => f.personId === personId || rooms.has(roomOf(f.bedId))),
    },
    plan: { ...plan, stays: plan.stays.filter(kept), unplaced: plan.unplaced.filter(kept), metrics: {} },
  });
  return { before: cut(before), after: cut(after) };
}
