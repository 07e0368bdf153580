import { newUser, user, userList } from '../../api/users.ts';
import { ADMINS, currentUser } from '../auth/access.ts';
import { addUser } from '../auth/addUser.ts';
import type { Database } from '../db/database.ts';
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
      responses: { 200: { description: 'by user name', schema: userList } },
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
      input: { body: newUser },
      responses: {
        201: { description: 'created', schema: user },
        409: { description: 'the user name is taken' },
      },
      handle: async ({ body }, res) => {
        const created = await addUser(db, currentUser(res), body);
        res.status(201).location(`/api/users/${created.username}`).json(created);
      },
    }),
  ];
}
