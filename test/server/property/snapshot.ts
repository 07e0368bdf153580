import type { Queryable } from '../../../server/db/database.ts';

/** Per table: its row count and an order-free hash of the rows in view. A refused request changes neither. */
export type Snapshot = Record<string, { rows: number; hash: string }>;

/** Tables only counted: rows that change on every request (a session's last_seen) or only ever grow. */
const countedOnly = new Set(['sessions', 'audit']);

const rowHash = `COALESCE(sum(hashtext(x::text)::bigint), 0)::text`;

/**
 * One query over every table: the row count of each, the hash of the rows of instance $1 for tables of
 * instances (the others stay small: users, migrations). Hashing every instance's rows would make each run
 * slower than the last as accepted requests add instances.
 */
async function snapshotSql(db: Queryable): Promise<string> {
  const columns = await db.query<{ table_name: string; has_instance: boolean }>(
    `SELECT t.table_name, bool_or(c.column_name = 'instance_id') AS has_instance
     FROM information_schema.tables t
     JOIN information_schema.columns c ON c.table_schema = t.table_schema AND c.table_name = t.table_name
     WHERE t.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
     GROUP BY t.table_name ORDER BY t.table_name`,
  );
  return columns
    .map(({ table_name: t, has_instance: scoped }) => {
      const count = `(SELECT count(*) FROM "${t}")::integer`;
      if (countedOnly.has(t)) return `SELECT '${t}' AS name, ${count} AS rows, '' AS hash`;
      const where = scoped ? 'WHERE x.instance_id = $1' : '';
      return `SELECT '${t}' AS name, ${count} AS rows, (SELECT ${rowHash} FROM "${t}" x ${where}) AS hash`;
    })
    .join(' UNION ALL ');
}

let sql: Promise<string> | undefined;

/** The database as one endpoint's runs see it; `ignore` lists tables a refused request may legitimately write. */
export async function snapshot(
  db: Queryable,
  instanceId: string,
  ignore: readonly string[] = [],
): Promise<Snapshot> {
  sql ??= snapshotSql(db);
  const rows = await db.query<{ name: string; rows: number; hash: string }>(await sql, [instanceId]);
  return Object.fromEntries(
    rows.filter((r) => !ignore.includes(r.name)).map((r) => [r.name, { rows: r.rows, hash: r.hash }]),
  );
}
