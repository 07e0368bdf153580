/**
 * Reads the part of an instance an override can involve (see focus.ts for why that part suffices): the
 * whole bed tree, and of the waiting list only the requests, series and fixed stays of the overridden
 * stay's person and of the rooms it occupies before or after, with their people. At Bergen scale that is
 * a few dozen rows instead of eleven thousand. The rows come back in format v1, as exportInstance gives them.
 */
import type { FixedStay, Instance, Person, Plan, Request, Series } from '../../solver/formats.ts';
import type { Queryable } from '../db/database.ts';
import { readBedTree } from '../repos/bedTree.ts';
import type { Override } from '../../api/overrides.ts';
import { entryKey, keyOf } from './refs.ts';

const requestJson = `jsonb_strip_nulls(jsonb_build_object(
  'id', r.id, 'personId', r.person_id, 'kind', r.kind, 'earliestStart', r.earliest_start,
  'latestStart', r.latest_start, 'nights', r.nights, 'priority', r.priority, 'source', r.source,
  'requiredTags', to_jsonb(r.required_tags), 'preferredCentres', to_jsonb(r.preferred_centres),
  'pin', CASE WHEN r.pinned THEN jsonb_build_object('bedId', r.pin_bed_id, 'start', r.pin_start) END))`;

const seriesJson = `jsonb_build_object(
  'id', s.id, 'personId', s.person_id, 'kind', s.kind, 'until', s.until, 'flexDays', s.flex_days,
  'firstStart', jsonb_build_object('earliest', s.first_start_earliest, 'latest', s.first_start_latest),
  'requiredTags', to_jsonb(s.required_tags), 'preferredCentres', to_jsonb(s.preferred_centres),
  'phases', (SELECT jsonb_agg(jsonb_strip_nulls(jsonb_build_object(
               'inNights', p.in_nights, 'homeNights', p.home_nights, 'count', p.count)) ORDER BY p.position)
             FROM series_phases p WHERE p.instance_id = s.instance_id AND p.series_id = s.id),
  'pins', COALESCE((SELECT jsonb_agg(jsonb_strip_nulls(jsonb_build_object(
               'occurrence', p.occurrence, 'bedId', p.bed_id, 'start', p.start_date)) ORDER BY p.position)
             FROM series_pins p WHERE p.instance_id = s.instance_id AND p.series_id = s.id), '[]'::jsonb))`;

const fixedJson = `jsonb_build_object(
  'id', f.id, 'personId', f.person_id, 'bedId', f.bed_id, 'start', f.start_date, 'end', f.end_date)`;

const personJson = `jsonb_build_object('id', p.id, 'sex', p.sex, 'partnerId', p.partner_id)`;

async function rows<T>(q: Queryable, sql: string, params: unknown[]): Promise<T[]> {
  return (await q.query<{ v: T }>(sql, params)).map((r) => r.v);
}

/** The person whose stay `override` names (undefined for a fixed stay or an unknown reference). */
async function personOf(q: Queryable, instanceId: string, override: Override): Promise<string | undefined> {
  const { ref } = override;
  if ('fixedStayId' in ref) return undefined;
  const [row] =
    'requestId' in ref
      ? await q.query<{ person_id: string }>(
          'SELECT person_id FROM requests WHERE instance_id = $1 AND id = $2',
          [instanceId, ref.requestId],
        )
      : await q.query<{ person_id: string }>(
          'SELECT person_id FROM series WHERE instance_id = $1 AND id = $2',
          [instanceId, ref.seriesId],
        );
  return row?.person_id;
}

export async function readOverrideInstance(
  q: Queryable,
  instanceId: string,
  plan: Plan,
  override: Override,
): Promise<Instance | null> {
  const [head] = await q.query<{ horizon_start: string; horizon_end: string; turnover_days: number }>(
    'SELECT horizon_start, horizon_end, turnover_days FROM instances WHERE id = $1',
    [instanceId],
  );
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

  const requests = await rows<Request>(
    q,
    `SELECT ${requestJson} AS v FROM requests r
     WHERE r.instance_id = $1 AND (r.id = ANY($2::text[]) OR r.person_id = $3) ORDER BY r.position`,
    [instanceId, requestIds, personId],
  );
  const series = await rows<Series>(
    q,
    `SELECT ${seriesJson} AS v FROM series s
     WHERE s.instance_id = $1 AND (s.id = ANY($2::text[]) OR s.person_id = $3) ORDER BY s.position`,
    [instanceId, seriesIds, personId],
  );
  const fixed = await rows<FixedStay>(
    q,
    `SELECT ${fixedJson} AS v FROM fixed_stays f
     WHERE f.instance_id = $1 AND (f.bed_id = ANY($2::text[]) OR f.person_id = $3) ORDER BY f.position`,
    [instanceId, roomBeds, personId],
  );
  const personIds = [...new Set([...requests, ...series, ...fixed].map((x) => x.personId))];
  const people = await rows<Person>(
    q,
    `SELECT ${personJson} AS v FROM people p WHERE p.instance_id = $1 AND p.id = ANY($2::text[]) ORDER BY p.position`,
    [instanceId, personIds],
  );
  return {
    version: 1,
    horizon: { start: head.horizon_start, end: head.horizon_end },
    turnoverDays: head.turnover_days,
    centres,
    people,
    requests,
    series,
    fixed,
  };
}
