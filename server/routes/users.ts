import { z } from 'zod';
import { recordAudit } from '../audit/record.ts';
import { ADMINS, currentUser } from '../auth/access.ts';
import { createUser, isUniqueViolation, newUserSchema, userSchema } from '../auth/users.ts';
import type { Database } from '../db/database.ts';
import { ApiError } from '../errors.ts';
import { defineRoute, type Route } from '../http/route.ts';
import { listUsers } from '../repos/users.ts';

/** Users and their roles and scopes; admins only. */
export function userRoutes(db: Database): Route[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/users',
      operationId: 'listUsers',
      summary: 'The users with their roles and scopes (admin only)',
      tag: 'users',
      access: { roles: ADMINS },
      input: {},
      responses: { 200: { description: 'by user name', schema: z.array(userSchema) } },
      handle: async (_input, res) => {
        res.json(await listUsers(db));
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/users',
      operationId: 'createUser',
      summary: 'Create a user with a password (scrypt-hashed), a role and a scope (admin only)',
      tag: 'users',
      access: { roles: ADMINS },
      input: { body: newUserSchema },
      responses: {
        201: { description: 'created', schema: userSchema },
        409: { description: 'the user name is taken' },
      },
      handle: async ({ body }, res) => {
        const admin = currentUser(res);
        try {
          const created = await db.transaction(async (tx) => {
            const user = await createUser(tx, body);
            await recordAudit(tx, {
              user: admin,
              action: 'user.create',
              object: `user/${user.username}`,
              after: user,
            });
            return user;
          });
          res.status(201).location(`/api/users/${created.username}`).json(created);
        } catch (error) {
          if (isUniqueViolation(error))
            throw new ApiError(409, 'conflict', `brukernavnet ${body.username} er allerede i bruk`);
          throw error;
        }
      },
    }),
  ];
}
