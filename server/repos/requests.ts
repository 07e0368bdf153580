import type { Request, RequestKind } from '../../solver/formats.ts';
import { insertRows } from './bulk.ts';
import type { Queryable } from '../db/database.ts';
import { appendAfterStored } from './positions.ts';

/** Stores the waiting list of an instance: one row per request, its pin (if any) in three columns. */
export async function writeRequests(tx: Queryable, instanceId: string, requests: Request[]): Promise<void> {
  await insertRows(
    tx,
    'requests',
    instanceId,
    `id text, position integer, person_id text, kind text, earliest_start date, latest_start date,
     nights integer, priority integer, source text, required_tags text[], preferred_centres text[],
     pinned boolean, pin_bed_id text, pin_start date`,
    requests.map((r, position) => ({
      id: r.id,
      position,
      person_id: r.personId,
      kind: r.kind,
      earliest_start: r.earliestStart,
      latest_start: r.latestStart,
      nights: r.nights,
      priority: r.priority,
      source: r.source,
      required_tags: r.requiredTags,
      preferred_centres: r.preferredCentres,
      pinned: r.pin !== undefined,
      pin_bed_id: r.pin?.bedId ?? null,
      pin_start: r.pin?.start ?? null,
    })),
  );
}

interface RequestRow {
  id: string;
  person_id: string;
  kind: RequestKind;
  earliest_start: string;
  latest_start: string;
  nights: number;
  priority: number;
  source: Request['source'];
  required_tags: string[];
  preferred_centres: string[];
  pinned: boolean;
  pin_bed_id: string | null;
  pin_start: string | null;
}

function toRequest(r: RequestRow): Request {
  const request: Request = {
    id: r.id,
    personId: r.person_id,
    kind: r.kind,
    earliestStart: r.earliest_start,
    latestStart: r.latest_start,
    nights: r.nights,
    priority: r.priority,
    source: r.source,
    requiredTags: r.required_tags,
    preferredCentres: r.preferred_centres,
  };
  if (r.pinned) {
    request.pin = {
      ...(r.pin_bed_id === null ? {} : { bedId: r.pin_bed_id }),
      ...(r.pin_start === null ? {} : { start: r.pin_start }),
    };
  }
  return request;
}

const requestColumns = `id, person_id, kind, earliest_start, latest_start, nights, priority, source, required_tags,
  preferred_centres, pinned, pin_bed_id, pin_start`;

/** The waiting list of an instance in format v1, in the order it was stored. */
export async function readRequests(q: Queryable, instanceId: string): Promise<Request[]> {
  const rows = await q.query<RequestRow>(
    `SELECT ${requestColumns} FROM requests WHERE instance_id = $1 ORDER BY position`,
    [instanceId],
  );
  return rows.map(toRequest);
}

/** Of the waiting list, the requests `ids` and every request of person `personId`, in the stored order. */
export async function readRequestsOf(
  q: Queryable,
  instanceId: string,
  only: { ids: readonly string[]; personId: string | null },
): Promise<Request[]> {
  const rows = await q.query<RequestRow>(
    `SELECT ${requestColumns} FROM requests
     WHERE instance_id = $1 AND (id = ANY($2::text[]) OR person_id = $3) ORDER BY position`,
    [instanceId, only.ids, only.personId],
  );
  return rows.map(toRequest);
}

/** The person a request is for (undefined when there is no such request). */
export async function personOfRequest(
  q: Queryable,
  instanceId: string,
  requestId: string,
): Promise<string | undefined> {
  const [row] = await q.query<{ person_id: string }>(
    'SELECT person_id FROM requests WHERE instance_id = $1 AND id = $2',
    [instanceId, requestId],
  );
  return row?.person_id;
}

/** Puts `requests` in place of the stored waiting list of an instance, in the caller's transaction. */
export async function replaceRequests(tx: Queryable, instanceId: string, requests: Request[]): Promise<void> {
  await tx.query('DELETE FROM requests WHERE instance_id = $1', [instanceId]);
  await writeRequests(tx, instanceId, requests);
}

/** A request's decided length after an extension or a shortening by hand. */
export async function writeRequestNights(
  tx: Queryable,
  instanceId: string,
  requestId: string,
  nights: number,
): Promise<void> {
  await tx.query('UPDATE requests SET nights = $3 WHERE instance_id = $1 AND id = $2', [
    instanceId,
    requestId,
    nights,
  ]);
}

/** Adds requests after those stored (the end of the waiting list), in the caller's transaction. */
export const addRequests = (tx: Queryable, instanceId: string, requests: Request[]): Promise<void> =>
  appendAfterStored(
    tx,
    'requests',
    instanceId,
    requests.map((r) => r.id),
    () => writeRequests(tx, instanceId, requests),
  );
