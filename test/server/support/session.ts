import request from 'supertest';
import type { Express } from 'express';
import type { Role, SessionUser } from '../../../server/auth/types.ts';
import { createUser } from '../../../server/auth/users.ts';
import type { Queryable } from '../../../server/db/database.ts';

export type Agent = ReturnType<typeof request.agent>;

export interface Scope {
  /** The instance the centres and wards are of. */
  instanceId?: string;
  centreIds?: string[];
  wardIds?: string[];
}

/** The password of every user these helpers create. */
export const TEST_PASSWORD = 'test-passord-123';

let made = 0;

/** A logged-in agent: it keeps the session cookie and sends the CSRF token (on every request). */
export async function loginWith(app: Express, username: string, password = TEST_PASSWORD): Promise<Agent> {
  const agent = request.agent(app);
  const response = await agent.post('/api/session').send({ username, password });
  if (response.status !== 200)
    throw new Error(`login as ${username} answered ${response.status}: ${JSON.stringify(response.body)}`);
  const { csrfToken } = response.body as { csrfToken: string; user: SessionUser };
  agent.set('X-CSRF-Token', csrfToken);
  return agent;
}

/**
 * Creates a new user of `role` (and scope) with TEST_PASSWORD in the app's database and logs in:
 * a supertest agent that is logged in and sends X-CSRF-Token with its writes.
 */
export async function loginAs(
  { app, db }: { app: Express; db: Queryable },
  role: Role,
  scope: Scope = {},
): Promise<Agent> {
  made += 1;
  const username = `${role.toLowerCase()}-${process.pid}-${made}`;
  await createUser(db, { username, password: TEST_PASSWORD, role, ...scope });
  return loginWith(app, username);
}
