import { recordAudit, recordRefusal } from '../audit/record.ts';
import type { Database } from '../db/database.ts';
import { ApiError } from '../errors.ts';
import { findLogin } from '../repos/users.ts';
import { unknownUserHash, verifyPassword } from './password.ts';
import { closeSession, openSession, pruneSessions, type Session } from './sessions.ts';
import type { LoginThrottle } from './throttle.ts';
import type { SessionUser } from './types.ts';

const invalidCredentials = () => new ApiError(401, 'invalid_credentials', 'feil brukernavn eller passord');

/**
 * Checks a user name and password and opens a session, with its audit row. 401 without saying whether the
 * name or the password was wrong; 429 while the throttle delays this name or address. A failure writes an
 * audit row under the name tried (never the password).
 */
export async function logIn(
  db: Database,
  throttle: LoginThrottle,
  credentials: { username: string; password: string },
  address: string,
): Promise<Session & { token: string }> {
  const name = credentials.username.trim().toLowerCase();
  const attempt = { username: name, address };
  await throttle.check(attempt);
  const found = await findLogin(db, name);
  // An unknown user costs one scrypt too, so the answer's timing does not tell which names exist.
  const ok = await verifyPassword(credentials.password, found?.passwordHash ?? (await unknownUserHash()));
  if (!found || !ok) {
    await throttle.failed(attempt);
    await recordRefusal(db, { username: name, status: 401, path: '/api/session', address });
    throw invalidCredentials();
  }
  await throttle.succeeded(attempt);
  return db.transaction(async (tx) => {
    await pruneSessions(tx);
    const opened = await openSession(tx, found.user);
    await recordAudit(tx, { user: found.user, action: 'login', object: `user/${found.user.username}` });
    return opened;
  });
}

/** Ends the session of `token`, with its audit row. */
export function logOut(db: Database, user: SessionUser, token: string): Promise<void> {
  return db.transaction(async (tx) => {
    await closeSession(tx, token);
    await recordAudit(tx, { user, action: 'logout', object: `user/${user.username}` });
  });
}
