import type { Queryable } from '../db/database.ts';

/** The column names of a column list with types (`'id text, tags text[]'` gives id, tags). */
const columnNames = (columns: string): string[] =>
  columns.split(',').map((column) => column.trim().split(/\s+/)[0] ?? '');

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
  const names = columnNames(columns).join(', ');
  await tx.query(
    `INSERT INTO ${table} (instance_id, ${names})
     SELECT $1, ${names} FROM jsonb_to_recordset($2::jsonb) AS x(${columns})`,
    [instanceId, JSON.stringify(rows)],
  );
}

/** Inserts rows of one instance as insertRows does, or updates the row with the same id (keeping columns not listed). */
export async function upsertRows(
  tx: Queryable,
  table: string,
  instanceId: string,
  columns: string,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  const names = columnNames(columns);
  const updates = names.filter((n) => n !== 'id').map((n) => `${n} = excluded.${n}`);
  await tx.query(
    `INSERT INTO ${table} (instance_id, ${names.join(', ')})
     SELECT $1, ${names.join(', ')} FROM jsonb_to_recordset($2::jsonb) AS x(${columns})
     ON CONFLICT (instance_id, id) DO UPDATE SET ${updates.join(', ')}`,
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
