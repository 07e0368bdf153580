/** Users, their roles and scopes (GET and POST /api/users, admins only). */
import { z } from 'zod';

/**
 * admin: everything, and reads the audit and manages users. planner: everything. wardLeader: reads within
 * own centres or wards. staff: reads own wards and records staff events there.
 */
export const roles = ['admin', 'planner', 'wardLeader', 'staff'] as const;

export const role = z.enum(roles);

export const username = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'små bokstaver, sifre, . _ og -, høyst 64 tegn');

/**
 * What the API tells about a user: never the hash. A scoped user's centres and wards are those of one
 * instance (`instanceId`); with no instance they are in scope nowhere.
 */
export const user = z.object({
  username,
  role,
  instanceId: z.string().min(1).nullable(),
  centreIds: z.array(z.string()),
  wardIds: z.array(z.string()),
});

/** GET /api/users, by user name. */
export const userList = z.array(user);

export const newUser = user.extend({
  password: z.string().min(10, 'passordet må ha minst 10 tegn').max(200),
  instanceId: z.string().min(1).nullable().default(null),
  centreIds: z.array(z.string().min(1)).default([]),
  wardIds: z.array(z.string().min(1)).default([]),
});

export type Role = z.infer<typeof role>;
export type User = z.infer<typeof user>;
export type NewUser = z.input<typeof newUser>;
