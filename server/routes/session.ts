import { z } from 'zod';
import { recordAudit } from '../audit/record.ts';
import { ALL_ROLES, checkCsrf, currentUser, PUBLIC } from '../auth/access.ts';
import { clearSessionCookie, readCookie, SESSION_COOKIE, setSessionCookie } from '../auth/cookie.ts';
import { LoginThrottle } from '../auth/throttle.ts';
import { unknownUserHash, verifyPassword } from '../auth/password.ts';
import { closeSession, openSession, pruneSessions } from '../auth/sessions.ts';
import { userSchema } from '../auth/users.ts';
import type { Database } from '../db/database.ts';
import { ApiError } from '../errors.ts';
import { defineRoute, type Route } from '../http/route.ts';
import { findLogin } from '../repos/users.ts';

const credentials = z.object({ username: z.string().min(1).max(64), password: z.string().min(1).max(200) });
const sessionBody = z.object({ user: userSchema, csrfToken: z.string() });

const invalidCredentials = () => new ApiError(401, 'invalid_credentials', 'feil brukernavn eller passord');

/** Logging in and out: a session cookie (HttpOnly, SameSite=Strict) and the CSRF token for writes. */
export function sessionRoutes(db: Database, throttle = new LoginThrottle()): Route[] {
  return [
    defineRoute({
      method: 'post',
      path: '/api/session',
      operationId: 'login',
      summary: 'Log in: sets the session cookie and answers the user and the CSRF token for writes',
      tag: 'session',
      access: PUBLIC,
      input: { body: credentials },
      responses: {
        200: { description: 'logged in', schema: sessionBody },
        401: { description: 'unknown user or wrong password (the answer does not say which)' },
        429: { description: 'too many failed attempts for this user name; wait and try again' },
      },
      handle: async ({ body }, res, req) => {
        const name = body.username.trim().toLowerCase();
        throttle.check(name);
        const found = await findLogin(db, name);
        // An unknown user costs one scrypt too, so the answer's timing does not tell which names exist.
        const ok = await verifyPassword(body.password, found?.passwordHash ?? (await unknownUserHash()));
        if (!found || !ok) {
          throttle.failed(name);
          throw invalidCredentials();
        }
        throttle.succeeded(name);
        const session = await db.transaction(async (tx) => {
          await pruneSessions(tx);
          const opened = await openSession(tx, found.user);
          await recordAudit(tx, { user: found.user, action: 'login', object: `user/${found.user.username}` });
          return opened;
        });
        setSessionCookie(req, res, session.token);
        res.json({ user: session.user, csrfToken: session.csrfToken });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/session',
      operationId: 'getSession',
      summary: 'The logged-in user and the CSRF token (after a reload of the web app)',
      tag: 'session',
      access: { roles: ALL_ROLES, scope: 'none' },
      input: {},
      responses: {
        200: { description: 'logged in', schema: sessionBody },
        401: { description: 'not logged in, or the session has expired' },
      },
      handle: (_input, res) => {
        res.json({ user: currentUser(res), csrfToken: res.locals.csrfToken });
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/api/session',
      operationId: 'logout',
      summary: 'Log out: ends the session and clears its cookie (needs X-CSRF-Token when logged in)',
      tag: 'session',
      access: PUBLIC,
      input: {},
      responses: { 204: { description: 'logged out (or was not logged in)' } },
      handle: async (_input, res, req) => {
        const token = readCookie(req, SESSION_COOKIE);
        const { user } = res.locals;
        if (token && user) {
          checkCsrf(req, res);
          await db.transaction(async (tx) => {
            await closeSession(tx, token);
            await recordAudit(tx, { user, action: 'logout', object: `user/${user.username}` });
          });
        }
        clearSessionCookie(req, res);
        res.status(204).end();
      },
    }),
  ];
}
