import type { FixedStay } from '../../solver/formats.ts';
import { insertRows } from './bulk.ts';
import type { Queryable } from '../db/database.ts';
import { appendAfterStored } from './positions.ts';

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

interface FixedRow {
  id: string;
  person_id: string;
  bed_id: string;
  start_date: string;
  end_date: string;
}

const selectFixed = (where: string) =>
  `SELECT id, person_id, bed_id, start_date, end_date FROM fixed_stays
   WHERE instance_id = $1 ${where} ORDER BY position`;

const toFixed = (f: FixedRow): FixedStay => ({
  id: f.id,
  personId: f.person_id,
  bedId: f.bed_id,
  start: f.start_date,
  end: f.end_date,
});

export async function readFixedStays(q: Queryable, instanceId: string): Promise<FixedStay[]> {
  return (await q.query<FixedRow>(selectFixed(''), [instanceId])).map(toFixed);
}

/** Of the fixed stays, those in beds `bedIds` and every one of person `personId`, in the stored order. */
export async function readFixedStaysOf(
  q: Queryable,
  instanceId: string,
  only: { bedIds: readonly string[]; personId: string | null },
): Promise<FixedStay[]> {
  const where = 'AND (bed_id = ANY($2::text[]) OR person_id = $3)';
  return (await q.query<FixedRow>(selectFixed(where), [instanceId, only.bedIds, only.personId])).map(toFixed);
}

/** Adds fixed stays after those stored, in the caller's transaction. */
export const addFixedStays = (tx: Queryable, instanceId: string, fixed: FixedStay[]): Promise<void> =>
  appendAfterStored(
    tx,
    'fixed_stays',
    instanceId,
    fixed.map((f) => f.id),
    () => writeFixedStays(tx, instanceId, fixed),
  );
