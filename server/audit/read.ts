import type { AuditEntry as AuditRow, AuditPage } from '../../api/audit.ts';
import type { Queryable } from '../db/database.ts';

export interface AuditFilter {
  username?: string | undefined;
  /** The object itself and everything under it: `plan/12` also matches `plan/12/...`. */
  object?: string | undefined;
  /** Inclusive, UTC. */
  from?: Date | undefined;
  /** Exclusive, UTC. */
  to?: Date | undefined;
  /** Only rows older than this id (the next page). */
  beforeId?: number | undefined;
  limit: number;
}

/** Audit rows newest first, filtered; `next` is the `beforeId` of the next page, null on the last. */
export async function readAudit(q: Queryable, filter: AuditFilter): Promise<AuditPage> {
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
  params.push(filter.limit + 1);
  const rows = await q.query<Omit<AuditRow, 'id' | 'at'> & { id: string | number; at: Date | string }>(
    `SELECT id, at, username, role, action, object, before, after FROM audit
     ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY id DESC LIMIT $${params.length}`,
    params,
  );
  const entries = rows.slice(0, filter.limit).map((row) => ({
    ...row,
    id: Number(row.id),
    at: new Date(row.at).toISOString(),
  }));
  const last = entries.at(-1);
  return { entries, next: rows.length > filter.limit && last ? last.id : null };
}
