import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../db/database.ts';
import type { SessionUser } from './types.ts';
import { toSessionUser } from './users.ts';

/** A session ends after this long without a request. */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
/** last_seen is written at most this often, so that reads do not each write. */
const TOUCH_EVERY_MS = 60 * 1000;

export interface Session {
  user: SessionUser;
  csrfToken: string;
}

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

const newToken = () => randomBytes(32).toString('base64url');

/** Starts a session; the token goes in the cookie, only its hash in the database. */
export async function openSession(
  q: Queryable,
  user: SessionUser,
  now = new Date(),
): Promise<Session & { token: string }> {
  const token = newToken();
  const csrfToken = newToken();
  await q.query(
    `INSERT INTO sessions (token_hash, csrf_token, username, created_at, last_seen, expires_at)
     VALUES ($1, $2, $3, $4, $4, $5)`,
    [hashToken(token), csrfToken, user.username, now, new Date(now.getTime() + SESSION_IDLE_MS)],
  );
  return { token, user, csrfToken };
}

/** The live session of a token, its idle time restarted; null when unknown or expired (then deleted). */
export async function resumeSession(q: Queryable, token: string, now = new Date()): Promise<Session | null> {
  const tokenHash = hashToken(token);
  const [row] = await q.query<{
    csrf_token: string;
    last_seen: Date | string;
    expires_at: Date | string;
    username: string;
    role: SessionUser['role'];
    centre_ids: string[];
    ward_ids: string[];
  }>(
    `SELECT s.csrf_token, s.last_seen, s.expires_at, u.username, u.role, u.centre_ids, u.ward_ids
       FROM sessions s JOIN users u ON u.username = s.username
      WHERE s.token_hash = $1`,
    [tokenHash],
  );
  if (!row) return null;
  if (new Date(row.expires_at).getTime() <= now.getTime()) {
    await q.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
    return null;
  }
  if (now.getTime() - new Date(row.last_seen).getTime() >= TOUCH_EVERY_MS) {
    await q.query('UPDATE sessions SET last_seen = $2, expires_at = $3 WHERE token_hash = $1', [
      tokenHash,
      now,
      new Date(now.getTime() + SESSION_IDLE_MS),
    ]);
  }
  return { user: toSessionUser(row), csrfToken: row.csrf_token };
}

export async function closeSession(q: Queryable, token: string): Promise<void> {
  await q.query('DELETE FROM sessions WHERE token_hash = $1', [hashToken(token)]);
}

/** Forgets expired sessions (called now and then; an expired one is refused anyway). */
export async function pruneSessions(q: Queryable, now = new Date()): Promise<void> {
  await q.query('DELETE FROM sessions WHERE expires_at <= $1', [now]);
}
