import type { FixedStay } from '../../solver/formats.ts';
import { insertRows } from '../db/bulk.ts';
import type { Queryable } from '../db/database.ts';

/** Stores the stays already decided or under way (format v1 `fixed`). */
export async function writeFixedStays(tx: Queryable, instanceId: string, fixed: FixedStay[]): Promise<void> {
  await insertRows(
    tx,
    'fixed_stays',
    instanceId,
    'id text, position integer, person_id text, bed_id text, start_date date, end_date date',
    fixed.map((f, position) => ({
      id: f.id,
      position,
      person_id: f.personId,
      bed_id: f.bedId,
      start_date: f.start,
      end_date: f.end,
    })),
  );
}

export async function readFixedStays(q: Queryable, instanceId: string): Promise<FixedStay[]> {
  const rows = await q.query<{
    id: string;
    person_id: string;
    bed_id: string;
    start_date: string;
    end_date: string;
  }>(
    'SELECT id, person_id, bed_id, start_date, end_date FROM fixed_stays WHERE instance_id = $1 ORDER BY position',
    [instanceId],
  );
  return rows.map((f) => ({
    id: f.id,
    personId: f.person_id,
    bedId: f.bed_id,
    start: f.start_date,
    end: f.end_date,
  }));
}
