import type { NewUser } from '../../api/users.ts';
import type { Queryable } from '../db/database.ts';
import { insertUser } from '../repos/users.ts';
import { hashPassword } from './password.ts';
import type { SessionUser } from './types.ts';

/** Stores a user with a scrypt hash of the password; a name already taken is a unique violation (23505). */
export async function createUser(q: Queryable, user: NewUser): Promise<SessionUser> {
  const { username, role, instanceId = null, centreIds = [], wardIds = [] } = user;
  return insertUser(q, { username, role, instanceId, centreIds, wardIds }, await hashPassword(user.password));
}

/** Postgres' unique violation, as both engines report it. */
export const isUniqueViolation = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
