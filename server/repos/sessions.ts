import type { Queryable } from '../db/database.ts';
import type { Role } from '../auth/types.ts';

/** A stored session with its user, found by the hash of its token. */
export interface SessionRow {
  csrf_token: string;
  last_seen: Date | string;
  expires_at: Date | string;
  username: string;
  role: Role;
  instance_id: string | null;
  centre_ids: string[];
  ward_ids: string[];
}

export async function insertSession(
  q: Queryable,
  session: { tokenHash: string; csrfToken: string; username: string; now: Date; expiresAt: Date },
): Promise<void> {
  await q.query(
    `INSERT INTO sessions (token_hash, csrf_token, username, created_at, last_seen, expires_at)
     VALUES ($1, $2, $3, $4, $4, $5)`,
    [session.tokenHash, session.csrfToken, session.username, session.now, session.expiresAt],
  );
}

export async function findSession(q: Queryable, tokenHash: string): Promise<SessionRow | null> {
  const [row] = await q.query<SessionRow>(
    `SELECT s.csrf_token, s.last_seen, s.expires_at, u.username, u.role, u.instance_id, u.centre_ids, u.ward_ids
       FROM sessions s JOIN users u ON u.username = s.username
      WHERE s.token_hash = $1`,
    [tokenHash],
  );
  return row ?? null;
}

/** Records that the session was used at `now` and now ends at `expiresAt`. */
export async function touchSession(
  q: Queryable,
  tokenHash: string,
  now: Date,
  expiresAt: Date,
): Promise<void> {
  await q.query('UPDATE sessions SET last_seen = $2, expires_at = $3 WHERE token_hash = $1', [
    tokenHash,
    now,
    expiresAt,
  ]);
}

export async function deleteSession(q: Queryable, tokenHash: string): Promise<void> {
  await q.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
}

export async function deleteExpiredSessions(q: Queryable, now: Date): Promise<void> {
  await q.query('DELETE FROM sessions WHERE expires_at <= $1', [now]);
}
