import type { SessionUser } from '../auth/types.ts';
import type { Queryable } from '../db/database.ts';
import { insertAudit } from '../repos/audit.ts';

export interface AuditEntry {
  user: SessionUser;
  /** What was done, e.g. `read`, `login`, `plan.save`, `plan.publish`. */
  action: string;
  /** What it was done to, e.g. `plan/12`, `instance/demo`, `session/ola`. */
  object: string;
  before?: unknown;
  after?: unknown;
}

/**
 * Writes one audit row (Normen: who, role, when, what, on what, before and after). Call it with the
 * transaction of the change, so the row exists exactly when the change does. Rows are never changed.
 */
export async function recordAudit(q: Queryable, entry: AuditEntry): Promise<void> {
  await insertAudit(q, {
    username: entry.user.username,
    role: entry.user.role,
    action: entry.action,
    object: entry.object,
    before: entry.before,
    after: entry.after,
  });
}

/** An access row: `user` read `object` (a person's stays, a waiting list, a calendar). */
export const recordRead = (q: Queryable, user: SessionUser, object: string, details?: unknown) =>
  recordAudit(q, { user, action: 'read', object, after: details });

/**
 * A refused request (a failed login, 401, 403): who (the name tried, or `-` for nobody), the status and
 * the path. Role `-` when no user is known.
 */
export const recordRefusal = (
  q: Queryable,
  refusal: { username: string | null; role?: string; status: number; path: string; address: string },
) =>
  insertAudit(q, {
    username: refusal.username ?? '-',
    role: refusal.role ?? '-',
    action: refusal.status === 401 ? 'refused.401' : 'refused.403',
    object: `path${refusal.path}`,
    after: { status: refusal.status, address: refusal.address },
  });
