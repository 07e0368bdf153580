/** Who may do what: the four roles (api/users.ts) and the logged-in user a request runs as. */
import type { Role, User } from '../../api/users.ts';

export { roles, type Role } from '../../api/users.ts';

/** The user of a request (`res.locals.user`). */
export type SessionUser = User;

/** Roles that see and change everything, whatever their scope. */
export const unscopedRoles: readonly Role[] = ['admin', 'planner'];

export const isUnscoped = (role: Role): boolean => unscopedRoles.includes(role);

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Locals {
      /** The logged-in user, put there by the session middleware (server/auth/middleware.ts). */
      user?: SessionUser;
      /** The session's CSRF token: unsafe methods must send it as `X-CSRF-Token`. */
      csrfToken?: string;
    }
  }
}
