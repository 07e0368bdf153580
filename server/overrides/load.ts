/**
 * Reads the part of an instance an override can involve (see focus.ts for why that part suffices): the
 * whole bed tree, and of the waiting list only the requests, series and fixed stays of the overridden
 * stay's person and of the rooms it occupies before or after, with their people. At Bergen scale that is
 * a few dozen rows instead of eleven thousand. The rows come back in format v1, as exportInstance gives them.
 */
import type { Instance, Plan } from '../../solver/formats.ts';
import type { Queryable } from '../db/database.ts';
import { readBedTree } from '../repos/bedTree.ts';
import { readFixedStaysOf } from '../repos/fixedStays.ts';
import { readInstanceHead } from '../repos/instances.ts';
import { readPeopleOf } from '../repos/people.ts';
import { personOfRequest, readRequestsOf } from '../repos/requests.ts';
import { personOfSeries, readSeriesOf } from '../repos/series.ts';
import type { Override } from '../../api/overrides.ts';
import { entryKey, keyOf } from './refs.ts';

/** The person whose stay `override` names (undefined for a fixed stay or an unknown reference). */
function personOf(q: Queryable, instanceId: string, override: Override): Promise<string | undefined> {
  const { ref } = override;
  if ('fixedStayId' in ref) return Promise.resolve(undefined);
  return 'requestId' in ref
    ? personOfRequest(q, instanceId, ref.requestId)
    : personOfSeries(q, instanceId, ref.seriesId);
}

export async function readOverrideInstance(
  q: Queryable,
  instanceId: string,
  plan: Plan,
  override: Override,
): Promise<Instance | null> {
  const head = await readInstanceHead(q, instanceId);
  if (!head) return null;
  const centres = await readBedTree(q, instanceId);
  const roomOf = new Map<string, string>();
  const bedsOf = new Map<string, string[]>();
  for (const room of centres.flatMap((c) => c.wards.flatMap((w) => w.rooms))) {
    bedsOf.set(
      room.id,
      room.beds.map((b) => b.id),
    );
    for (const bed of room.beds) roomOf.set(bed.id, room.id);
  }

  const rooms = new Set<string>();
  const touch = (bedId: string) => rooms.add(roomOf.get(bedId) ?? `bed:${bedId}`);
  const ref = override.ref;
  if (!('fixedStayId' in ref)) {
    const key = keyOf(ref);
    for (const stay of plan.stays) if (entryKey(stay) === key) touch(stay.bedId);
  }
  if (override.action === 'move') touch(override.bedId);
  const inRooms = plan.stays.filter((s) => rooms.has(roomOf.get(s.bedId) ?? `bed:${s.bedId}`));
  const requestIds = inRooms.flatMap((s) => ('requestId' in s ? [s.requestId] : []));
  const seriesIds = inRooms.flatMap((s) => ('seriesId' in s ? [s.seriesId] : []));
  if ('requestId' in ref) requestIds.push(ref.requestId);
  if ('seriesId' in ref) seriesIds.push(ref.seriesId);
  const roomBeds = [...rooms].flatMap((room) => bedsOf.get(room) ?? []);
  const personId = (await personOf(q, instanceId, override)) ?? null;

  const requests = await readRequestsOf(q, instanceId, { ids: requestIds, personId });
  const series = await readSeriesOf(q, instanceId, { ids: seriesIds, personId });
  const fixed = await readFixedStaysOf(q, instanceId, { bedIds: roomBeds, personId });
  const personIds = [...new Set([...requests, ...series, ...fixed].map((x) => x.personId))];
  const people = await readPeopleOf(q, instanceId, personIds);
  return { ...head, centres, people, requests, series, fixed };
}
