import type { Queryable } from '../db/database.ts';

/** The centre ward `wardId` of an instance belongs to (undefined when there is no such ward). */
export async function centreOfWard(
  q: Queryable,
  instanceId: string,
  wardId: string,
): Promise<string | undefined> {
  const [row] = await q.query<{ centre_id: string }>(
    'SELECT centre_id FROM wards WHERE instance_id = $1 AND id = $2',
    [instanceId, wardId],
  );
  return row?.centre_id;
}

/** The ward and centre bed `bedId` of an instance stands in (undefined when there is no such bed). */
export async function wardOfBed(
  q: Queryable,
  instanceId: string,
  bedId: string,
): Promise<{ wardId: string; centreId: string } | undefined> {
  const [row] = await q.query<{ ward_id: string; centre_id: string }>(
    `SELECT w.id AS ward_id, w.centre_id
       FROM beds b
       JOIN rooms r ON r.instance_id = b.instance_id AND r.id = b.room_id
       JOIN wards w ON w.instance_id = r.instance_id AND w.id = r.ward_id
      WHERE b.instance_id = $1 AND b.id = $2`,
    [instanceId, bedId],
  );
  return row ? { wardId: row.ward_id, centreId: row.centre_id } : undefined;
}
