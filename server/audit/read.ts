import type { AuditEntry as AuditRow, AuditPage } from '../../api/audit.ts';
import type { Queryable } from '../db/database.ts';
import { selectAudit, type AuditQuery } from '../repos/audit.ts';

/** The filter of a page of audit rows: `limit` rows at most, `beforeId` the `next` of the page before. */
export type AuditFilter = AuditQuery;

/** Audit rows newest first, filtered; `next` is the `beforeId` of the next page, null on the last. */
export async function readAudit(q: Queryable, filter: AuditFilter): Promise<AuditPage> {
  const rows = await selectAudit(q, { ...filter, limit: filter.limit + 1 });
  const entries: AuditRow[] = rows.slice(0, filter.limit).map((row) => ({
    ...row,
    id: Number(row.id),
    at: new Date(row.at).toISOString(),
  }));
  const last = entries.at(-1);
  return { entries, next: rows.length > filter.limit && last ? last.id : null };
}
