import { credentials, session as sessionBody } from '../../api/session.ts';
import { ALL_ROLES, checkCsrf, currentUser, PUBLIC } from '../auth/access.ts';
import { clearSessionCookie, readCookie, SESSION_COOKIE, setSessionCookie } from '../auth/cookie.ts';
import { logIn, logOut } from '../auth/login.ts';
import { LoginThrottle } from '../auth/throttle.ts';
import type { Database } from '../db/database.ts';
import { ApiError } from '../errors.ts';
import { defineRoute, type Route } from '../http/route.ts';

/** Logging in and out: a session cookie (HttpOnly, SameSite=Strict) and the CSRF token for writes. */
export function sessionRoutes(db: Database, throttle = new LoginThrottle(db)): Route[] {
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
        429: {
          description:
            'too many failed attempts for this name or from this address: wait the seconds in Retry-After (and details.retryAfterSeconds)',
        },
      },
      handle: async ({ body }, res, req) => {
        const session = await logIn(db, throttle, body, req.ip ?? 'unknown').catch((error: unknown) => {
          if (error instanceof ApiError && error.status === 429)
            res.set(
              'Retry-After',
              String((error.details as { retryAfterSeconds: number }).retryAfterSeconds),
            );
          throw error;
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
          await logOut(db, user, token);
        }
        clearSessionCookie(req, res);
        res.status(204).end();
      },
    }),
  ];
}
