/** The audit log (GET /api/audit, admins only). */
import { z } from 'zod';

const day = z.iso.date();

export const auditQuery = z.object({
  username: z.string().min(1).max(64).optional(),
  object: z.string().min(1).max(300).optional(),
  /** First day (UTC) included. */
  from: day.optional(),
  /** Last day (UTC) included. */
  to: day.optional(),
  beforeId: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

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

/** One page, newest first; `next` is the `beforeId` of the next page (null on the last). */
export const auditPage = z.object({ entries: z.array(auditEntry), next: z.number().int().nullable() });

export type AuditQuery = z.infer<typeof auditQuery>;
export type AuditEntry = z.infer<typeof auditEntry>;
export type AuditPage = z.infer<typeof auditPage>;
