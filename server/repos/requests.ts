import type { Request, RequestKind } from '../../solver/formats.ts';
import { insertRows } from '../db/bulk.ts';
import type { Queryable } from '../db/database.ts';

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

/** The waiting list of an instance in format v1, in the order it was stored. */
export async function readRequests(q: Queryable, instanceId: string): Promise<Request[]> {
  const rows = await q.query<RequestRow>(
    `SELECT id, person_id, kind, earliest_start, latest_start, nights, priority, source, required_tags,
            preferred_centres, pinned, pin_bed_id, pin_start
     FROM requests WHERE instance_id = $1 ORDER BY position`,
    [instanceId],
  );
  return rows.map(toRequest);
}
