import { z } from 'zod';
import type { Queryable } from '../db/database.ts';
import { insertUser } from '../repos/users.ts';
import { hashPassword } from './password.ts';
import { roles, type Role, type SessionUser } from './types.ts';

export const username = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'små bokstaver, sifre, . _ og -, høyst 64 tegn');

/** What the API tells about a user: never the hash. */
export const userSchema = z.object({
  username,
  role: z.enum(roles),
  centreIds: z.array(z.string()),
  wardIds: z.array(z.string()),
});

export const newUserSchema = userSchema.extend({
  password: z.string().min(10, 'passordet må ha minst 10 tegn').max(200),
  centreIds: z.array(z.string().min(1)).default([]),
  wardIds: z.array(z.string().min(1)).default([]),
});

export interface NewUser {
  username: string;
  password: string;
  role: Role;
  centreIds?: string[];
  wardIds?: string[];
}

/** Stores a user with a scrypt hash of the password; a name already taken is a unique violation (23505). */
export async function createUser(q: Queryable, user: NewUser): Promise<SessionUser> {
  const { username, role, centreIds = [], wardIds = [] } = user;
  return insertUser(q, { username, role, centreIds, wardIds }, await hashPassword(user.password));
}

/** Postgres' unique violation, as both engines report it. */
export const isUniqueViolation = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
