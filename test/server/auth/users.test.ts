import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.ts';
import { START_TIMEOUT_MS } from '../support/engines.ts';
import { loginAs, loginWith, type Agent } from '../support/session.ts';

let t: TestApp;
let admin: Agent;
beforeAll(async () => {
  t = await testApp();
  admin = await loginAs(t, 'admin');
}, START_TIMEOUT_MS);
afterAll(async () => {
  await t.close();
});

const ola = {
  username: 'ola',
  password: 'ola-sitt-passord',
  role: 'wardLeader',
  instanceId: 'tiny',
  centreIds: ['C1'],
  wardIds: [],
};

describe('managing users', () => {
  it('creates a user an admin asks for, answering it without the password', async () => {
    const response = await admin.post('/api/users').send(ola);
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      username: 'ola',
      role: 'wardLeader',
      instanceId: 'tiny',
      centreIds: ['C1'],
      wardIds: [],
    });
  });

  it('lets the new user log in with the password given', async () => {
    const agent = await loginWith(t.app, 'ola', ola.password);
    const { body } = await agent.get('/api/session');
    expect(body.user).toEqual({
      username: 'ola',
      role: 'wardLeader',
      instanceId: 'tiny',
      centreIds: ['C1'],
      wardIds: [],
    });
  });

  it('refuses a name already taken with 409 conflict', async () => {
    const response = await admin.post('/api/users').send(ola);
    expect(response.status).toBe(409);
    expect(response.body.error).toEqual({
      code: 'conflict',
      message: 'brukernavnet ola er allerede i bruk',
      details: null,
    });
  });

  it('refuses a password shorter than 10 characters with 400', async () => {
    const response = await admin.post('/api/users').send({ ...ola, username: 'kort', password: 'kort' });
    expect(response.status).toBe(400);
    expect(response.body.error.details).toEqual([
      { path: 'body.password', message: 'passordet må ha minst 10 tegn' },
    ]);
  });

  it('refuses a role that does not exist with 400', async () => {
    const response = await admin.post('/api/users').send({ ...ola, username: 'kari', role: 'superuser' });
    expect(response.status).toBe(400);
    expect(response.body.error.details[0].path).toBe('body.role');
  });

  it('lists the users by name with roles and scopes', async () => {
    const response = await admin.get('/api/users');
    expect(response.status).toBe(200);
    expect(response.body.map((u: { username: string }) => u.username)).toEqual(
      [...response.body.map((u: { username: string }) => u.username)].sort(),
    );
    expect(response.body).toContainEqual({
      username: 'ola',
      role: 'wardLeader',
      instanceId: 'tiny',
      centreIds: ['C1'],
      wardIds: [],
    });
  });

  it('writes an audit row naming the admin and the user created', async () => {
    const { body } = await admin.get('/api/audit?object=user/ola');
    expect(body.entries.map((e: { action: string; role: string }) => [e.action, e.role])).toEqual([
      ['login', 'wardLeader'],
      ['user.create', 'admin'],
    ]);
  });
});

describe('a session cookie that is not one', () => {
  it('is treated as no session: 401 unauthenticated', async () => {
    for (const cookie of [
      'sengeplan_session=%E0%A4%A',
      'sengeplan_session=',
      'sengeplan_session="x"; other=1',
    ]) {
      const response = await request(t.app).get('/api/session').set('Cookie', cookie);
      expect(response.status).toBe(401);
    }
  });
});
