import type { Queryable } from '../db/database.ts';

/** Writes rows numbered from 0 with `write`, then moves them behind the rows of `table` stored before. */
export async function appendAfterStored(
  tx: Queryable,
  table: string,
  instanceId: string,
  ids: string[],
  write: () => Promise<void>,
): Promise<void> {
  if (ids.length === 0) return;
  const [row] = await tx.query<{ next: number }>(
    `SELECT COALESCE(max(position) + 1, 0)::integer AS next FROM ${table} WHERE instance_id = $1`,
    [instanceId],
  );
  await write();
  await tx.query(
    `UPDATE ${table} SET position = position + $3 WHERE instance_id = $1 AND id = ANY($2::text[])`,
    [instanceId, ids, row?.next ?? 0],
  );
}
