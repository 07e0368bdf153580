import { z } from 'zod';
import type { Queryable } from '../db/database.ts';
import { selectAudit, type AuditQuery } from '../repos/audit.ts';

export const auditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  username: z.string(),
  role: z.string(),
  action: z.string(),
  object: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditRow = z.infer<typeof auditEntry>;

/** The filter of a page of audit rows: `limit` rows at most, `beforeId` the `next` of the page before. */
export type AuditFilter = AuditQuery;

/** Audit rows newest first, filtered; `next` is the `beforeId` of the next page, null on the last. */
export async function readAudit(
  q: Queryable,
  filter: AuditFilter,
): Promise<{ entries: AuditRow[]; next: number | null }> {
  const rows = await selectAudit(q, { ...filter, limit: filter.limit + 1 });
  const entries = rows.slice(0, filter.limit).map((row) => ({
    ...row,
    id: Number(row.id),
    at: new Date(row.at).toISOString(),
  }));
  const last = entries.at(-1);
  return { entries, next: rows.length > filter.limit && last ? last.id : null };
}
