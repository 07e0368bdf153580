/**
 * How a route declares who may call it, and the checks that enforce it. A route without `access` is for
 * planners and admins only (secure by default). Planner and admin are never limited by scope; the scope
 * function only decides for the scoped roles (wardLeader, staff).
 */
import { timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import type { Queryable } from '../db/database.ts';
import { ApiError } from '../errors.ts';
import type { Input, InputSchemas } from '../http/validate.ts';
import { centreOfWard, wardOfBed } from '../repos/places.ts';
import { isUnscoped, roles, type Role, type SessionUser } from './types.ts';

/**
 * One place in the bed tree a request touches: a ward (with its centre when known) or a whole centre, of
 * instance `instanceId` (ward and centre ids repeat across instances; a place without one is no one's).
 */
export interface Place {
  instanceId?: string | null;
  centreId?: string | null;
  wardId?: string | null;
}

/** Every place a request touches; an empty list means all of them (only unscoped roles may). */
export type ScopeTarget = readonly Place[];

export type ScopeOf<S extends InputSchemas> = (
  input: Input<S>,
  req: Request,
  res: Response,
) => ScopeTarget | Promise<ScopeTarget>;

export type Access<S extends InputSchemas = InputSchemas> =
  | { public: true }
  | {
      roles: readonly Role[];
      /**
       * The places this request touches, from the parsed input; needed when a scoped role is listed.
       * `'none'`: it touches nothing that belongs to a ward (the list of instances, say), so every listed
       * role may call it whatever its scope.
       */
      scope?: ScopeOf<S> | 'none';
    };

export const PLANNERS: readonly Role[] = ['admin', 'planner'];
export const ADMINS: readonly Role[] = ['admin'];
/** Every role: readers of a ward (wardLeader, staff) are then held to their scope. */
export const ALL_ROLES: readonly Role[] = roles;
export const PUBLIC = { public: true } as const;

/** What a route that says nothing gets. */
export const defaultAccess: Access = { roles: PLANNERS };

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export const isPublic = (access: Access<never>): access is { public: true } => 'public' in access;

/** The logged-in user of this request; 401 when there is none. */
export function currentUser(res: Response): SessionUser {
  const { user } = res.locals;
  if (!user) throw new ApiError(401, 'unauthenticated', 'logg inn først');
  return user;
}

const sameToken = (sent: string, expected: string): boolean => {
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/** 403 `csrf` unless an unsafe request carries the session's token in `X-CSRF-Token`. */
export function checkCsrf(req: Request, res: Response): void {
  if (!unsafeMethods.has(req.method)) return;
  const sent = req.get('X-CSRF-Token');
  const expected = res.locals.csrfToken;
  if (sent === undefined || expected === undefined || !sameToken(sent, expected))
    throw new ApiError(403, 'csrf', 'forespørselen mangler gyldig CSRF-token (X-CSRF-Token)');
}

const forbidden = () => new ApiError(403, 'forbidden', 'du har ikke tilgang til dette');

/**
 * Whether a scoped user may touch every place of `target`: places of the user's instance, in their wards
 * or centres (a ward in one of their centres is theirs).
 */
export function inScope(user: SessionUser, target: ScopeTarget): boolean {
  if (isUnscoped(user.role)) return true;
  if (target.length === 0 || user.instanceId === null) return false;
  return target.every(
    ({ instanceId, centreId, wardId }) =>
      instanceId === user.instanceId &&
      ((wardId != null && user.wardIds.includes(wardId)) ||
        (centreId != null && user.centreIds.includes(centreId))),
  );
}

/** Before validation: a session (401), a role the route lists (403) and, on unsafe methods, the CSRF token. */
export function authorize(access: Access<never>): RequestHandler {
  return (req, res, next) => {
    if (isPublic(access)) return next();
    const user = currentUser(res);
    if (!access.roles.includes(user.role)) throw forbidden();
    checkCsrf(req, res);
    next();
  };
}

/** After validation: a scoped user must stay within the places the parsed input touches. */
export function authorizeScope<S extends InputSchemas>(
  access: Access<S>,
  inputOf: (req: Request) => Input<S>,
): RequestHandler {
  return async (req, res, next) => {
    if (isPublic(access)) return next();
    const user = currentUser(res);
    if (isUnscoped(user.role) || access.scope === 'none') return next();
    const target = access.scope ? await access.scope(inputOf(req), req, res) : [];
    if (!inScope(user, target)) throw forbidden();
    next();
  };
}

/** The place of ward `wardId` of an instance, its centre looked up (null when there is no such ward). */
export async function wardPlace(q: Queryable, instanceId: string, wardId: string): Promise<Place> {
  return { instanceId, wardId, centreId: (await centreOfWard(q, instanceId, wardId)) ?? null };
}

/** The place of the ward bed `bedId` stands in (nothing known when there is no such bed). */
export async function bedPlace(q: Queryable, instanceId: string, bedId: string): Promise<Place> {
  const found = await wardOfBed(q, instanceId, bedId);
  return { instanceId, wardId: found?.wardId ?? null, centreId: found?.centreId ?? null };
}

/** What the route table keeps of a route's access: enough to document it and to test it. */
export type AccessSummary =
  { public: true } | { roles: readonly Role[]; scope: 'byInput' | 'none' | 'everything' };

export const summarize = (access: Access<never>): AccessSummary => {
  if (isPublic(access)) return access;
  const scope = access.scope === 'none' ? 'none' : access.scope ? 'byInput' : 'everything';
  return { roles: access.roles, scope };
};
