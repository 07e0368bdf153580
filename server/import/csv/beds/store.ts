import type { Centre } from '../../../../solver/formats.ts';
import { insertRows } from '../../../db/bulk.ts';
import type { Queryable } from '../../../db/database.ts';
import { bedTreeTables } from '../../../repos/bedTree.ts';

/** Inserts rows of one instance, or updates the row with the same id (keeping columns not listed). */
async function upsertRows(tx: Queryable, table: string, instanceId: string, columns: string, rows: object[]) {
  if (rows.length === 0) return;
  const names = columns.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '');
  const updates = names.filter((n) => n !== 'id').map((n) => `${n} = excluded.${n}`);
  await tx.query(
    `INSERT INTO ${table} (instance_id, ${names.join(', ')})
     SELECT $1, ${names.join(', ')} FROM jsonb_to_recordset($2::jsonb) AS x(${columns})
     ON CONFLICT (instance_id, id) DO UPDATE SET ${updates.join(', ')}`,
    [instanceId, JSON.stringify(rows)],
  );
}

const deleteOthers = (tx: Queryable, table: string, instanceId: string, keep: string[]) =>
  tx.query(`DELETE FROM ${table} WHERE instance_id = $1 AND NOT (id = ANY($2::text[]))`, [instanceId, keep]);

/**
 * Puts a new bed tree in place of an instance's stored one, in the caller's transaction. Kept ids are updated
 * in place, so rows that name them (pins, fixed stays) stay; dropped ones must no longer be named by anything.
 */
export async function replaceBedTree(tx: Queryable, instanceId: string, centres: Centre[]): Promise<void> {
  const { tree, periods } = bedTreeTables(centres);
  for (const { table } of periods)
    await tx.query(`DELETE FROM ${table} WHERE instance_id = $1`, [instanceId]);
  for (const { table, columns, rows } of tree) await upsertRows(tx, table, instanceId, columns, rows);
  for (const { table, rows } of [...tree].reverse())
    await deleteOthers(
      tx,
      table,
      instanceId,
      rows.map((row) => String(row.id)),
    );
  for (const { table, columns, rows } of periods) await insertRows(tx, table, instanceId, columns, rows);
}
