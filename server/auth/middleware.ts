import type { RequestHandler } from 'express';
import type { Queryable } from '../db/database.ts';
import { readCookie, SESSION_COOKIE } from './cookie.ts';
import { resumeSession } from './sessions.ts';

/**
 * Finds the session of the request's cookie and puts its user at `res.locals.user` (and its CSRF token at
 * `res.locals.csrfToken`). It refuses nothing: each route's `access` does (server/auth/access.ts).
 */
export function sessionMiddleware(db: Queryable): RequestHandler {
  return async (req, res, next) => {
    const token = readCookie(req, SESSION_COOKIE);
    if (token) {
      const session = await resumeSession(db, token);
      if (session) {
        res.locals.user = session.user;
        res.locals.csrfToken = session.csrfToken;
      }
    }
    next();
  };
}
