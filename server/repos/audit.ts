import type { Queryable } from '../db/database.ts';

/** One row of the audit table as both engines give it back. */
export interface StoredAudit {
  id: string | number;
  at: Date | string;
  username: string;
  role: string;
  action: string;
  object: string;
  before: unknown;
  after: unknown;
}

/** Appends one audit row; `before` and `after` are stored as JSON (absent: null). */
export async function insertAudit(
  q: Queryable,
  row: { username: string; role: string; action: string; object: string; before?: unknown; after?: unknown },
): Promise<void> {
  const asJson = (value: unknown): string | null => (value === undefined ? null : JSON.stringify(value));
  await q.query(
    `INSERT INTO audit (username, role, action, object, before, after)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb)`,
    [row.username, row.role, row.action, row.object, asJson(row.before), asJson(row.after)],
  );
}

export interface AuditQuery {
  username?: string | undefined;
  /** The object itself and everything under it: `plan/12` also matches `plan/12/...`. */
  object?: string | undefined;
  /** Inclusive, UTC. */
  from?: Date | undefined;
  /** Exclusive, UTC. */
  to?: Date | undefined;
  /** Only rows older than this id. */
  beforeId?: number | undefined;
  /** At most this many rows. */
  limit: number;
}

/** Audit rows newest first, filtered. */
export async function selectAudit(q: Queryable, filter: AuditQuery): Promise<StoredAudit[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: (p: string) => string, value: unknown) => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  if (filter.username !== undefined) add((p) => `username = ${p}`, filter.username);
  if (filter.object !== undefined)
    add((p) => `(object = ${p} OR starts_with(object, ${p} || '/'))`, filter.object);
  if (filter.from !== undefined) add((p) => `at >= ${p}`, filter.from);
  if (filter.to !== undefined) add((p) => `at < ${p}`, filter.to);
  if (filter.beforeId !== undefined) add((p) => `id < ${p}`, filter.beforeId);
  params.push(filter.limit);
  return q.query<StoredAudit>(
    `SELECT id, at, username, role, action, object, before, after FROM audit
     ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY id DESC LIMIT $${params.length}`,
    params,
  );
}
