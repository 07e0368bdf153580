import type { Queryable } from './database.ts';

/**
 * Inserts many rows of one instance in one statement: the rows travel as one JSON parameter and PostgreSQL
 * unpacks them with jsonb_to_recordset, so an import is one round trip per table on either engine.
 * `columns` lists the columns to fill with their SQL types (`'id text, tags text[]'`); each row has a key per
 * column, and `instance_id` is filled in for all of them.
 */
export async function insertRows(
  tx: Queryable,
  table: string,
  instanceId: string,
  columns: string,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  const names = columns
    .split(',')
    .map((column) => column.trim().split(/\s+/)[0])
    .join(', ');
  await tx.query(
    `INSERT INTO ${table} (instance_id, ${names})
     SELECT $1, ${names} FROM jsonb_to_recordset($2::jsonb) AS x(${columns})`,
    [instanceId, JSON.stringify(rows)],
  );
}

/** Groups rows by a key, keeping their order. */
export function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}
