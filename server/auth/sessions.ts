import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../db/database.ts';
import {
  deleteExpiredSessions,
  deleteSession,
  findSession,
  insertSession,
  touchSession,
} from '../repos/sessions.ts';
import { toSessionUser } from '../repos/users.ts';
import type { SessionUser } from './types.ts';

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
  const expiresAt = new Date(now.getTime() + SESSION_IDLE_MS);
  await insertSession(q, { tokenHash: hashToken(token), csrfToken, username: user.username, now, expiresAt });
  return { token, user, csrfToken };
}

/** The live session of a token, its idle time restarted; null when unknown or expired (then deleted). */
export async function resumeSession(q: Queryable, token: string, now = new Date()): Promise<Session | null> {
  const tokenHash = hashToken(token);
  const row = await findSession(q, tokenHash);
  if (!row) return null;
  if (new Date(row.expires_at).getTime() <= now.getTime()) {
    await deleteSession(q, tokenHash);
    return null;
  }
  if (now.getTime() - new Date(row.last_seen).getTime() >= TOUCH_EVERY_MS) {
    await touchSession(q, tokenHash, now, new Date(now.getTime() + SESSION_IDLE_MS));
  }
  return { user: toSessionUser(row), csrfToken: row.csrf_token };
}

export async function closeSession(q: Queryable, token: string): Promise<void> {
  await deleteSession(q, hashToken(token));
}

/** Forgets expired sessions (called now and then; an expired one is refused anyway). */
export async function pruneSessions(q: Queryable, now = new Date()): Promise<void> {
  await deleteExpiredSessions(q, now);
}
