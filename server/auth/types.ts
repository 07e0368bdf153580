/** Who may do what: the four roles and the logged-in user a request runs as. */

export const roles = ['admin', 'planner', 'wardLeader', 'staff'] as const;

/**
 * admin: everything, and reads the audit and manages users. planner: everything. wardLeader: reads within
 * own centres or wards. staff: reads own wards and records staff events there.
 */
export type Role = (typeof roles)[number];

/** The user of a request (`res.locals.user`); a scope applies in every instance. */
export interface SessionUser {
  username: string;
  role: Role;
  centreIds: string[];
  wardIds: string[];
}

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
