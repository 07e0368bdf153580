import { recordAudit } from '../audit/record.ts';
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
 * name or the password was wrong; 429 after too many failures for one name.
 */
export async function logIn(
  db: Database,
  throttle: LoginThrottle,
  credentials: { username: string; password: string },
): Promise<Session & { token: string }> {
  const name = credentials.username.trim().toLowerCase();
  throttle.check(name);
  const found = await findLogin(db, name);
  // An unknown user costs one scrypt too, so the answer's timing does not tell which names exist.
  const ok = await verifyPassword(credentials.password, found?.passwordHash ?? (await unknownUserHash()));
  if (!found || !ok) {
    throttle.failed(name);
    throw invalidCredentials();
  }
  throttle.succeeded(name);
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
