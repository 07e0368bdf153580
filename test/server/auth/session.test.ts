import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../../server/auth/sessions.ts';
import { createUser } from '../../../server/auth/users.ts';
import { testApp, type TestApp } from '../support/app.ts';
import { START_TIMEOUT_MS } from '../support/engines.ts';
import { loginWith, TEST_PASSWORD } from '../support/session.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
  await createUser(t.db, {
    username: 'kari',
    password: TEST_PASSWORD,
    role: 'wardLeader',
    instanceId: 'tiny',
    wardIds: ['C1-W1'],
  });
}, START_TIMEOUT_MS);
afterAll(async () => {
  await t.close();
});

const login = (username: string, password: string) =>
  request(t.app).post('/api/session').send({ username, password });

const sessionCookie = (setCookie: string[] | undefined) =>
  (setCookie ?? []).find((c) => c.startsWith('sengeplan_session='));

describe('logging in', () => {
  it('answers the user and a CSRF token for the right password', async () => {
    const response = await login('kari', TEST_PASSWORD);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      user: { username: 'kari', role: 'wardLeader', instanceId: 'tiny', centreIds: [], wardIds: ['C1-W1'] },
      csrfToken: expect.stringMatching(/^[\w-]{43}$/),
    });
  });

  it('sets the session cookie HttpOnly, SameSite=Strict on path /, not Secure over plain http', async () => {
    const response = await login('kari', TEST_PASSWORD);
    const cookie = sessionCookie(response.headers['set-cookie'] as unknown as string[]);
    expect(cookie).toMatch(
      /^sengeplan_session=[\w-]{43}; Max-Age=43200; Path=\/; Expires=.*; HttpOnly; SameSite=Strict$/,
    );
  });

  it('sets the cookie Secure when the request came over https', async () => {
    t.app.set('trust proxy', 'loopback');
    try {
      const response = await login('kari', TEST_PASSWORD).set('X-Forwarded-Proto', 'https');
      expect(sessionCookie(response.headers['set-cookie'] as unknown as string[])).toMatch(/; Secure; /);
    } finally {
      t.app.set('trust proxy', false);
    }
  });

  it('refuses a wrong password with 401 invalid_credentials and no cookie', async () => {
    const response = await login('kari', 'not-the-password');
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('invalid_credentials');
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('refuses an unknown user with the same answer as a wrong password', async () => {
    const wrong = await login('kari', 'not-the-password');
    const unknown = await login('nobody', 'not-the-password');
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
  });

  it('delays the next attempt for a name from the same address with 429 after five failures', async () => {
    await createUser(t.db, { username: 'guessed', password: TEST_PASSWORD, role: 'staff' });
    for (let i = 0; i < 5; i += 1) expect((await login('guessed', `wrong-${i}`)).status).toBe(401);
    const response = await login('guessed', TEST_PASSWORD);
    expect(response.status).toBe(429);
    expect(response.body.error.code).toBe('too_many_attempts');
  });
});

describe('the session', () => {
  it('answers GET /api/session with the same user and token after login', async () => {
    const agent = request.agent(t.app);
    const { body } = await agent.post('/api/session').send({ username: 'kari', password: TEST_PASSWORD });
    const response = await agent.get('/api/session');
    expect(response.status).toBe(200);
    expect(response.body).toEqual(body);
  });

  it('answers 401 unauthenticated without a session', async () => {
    const response = await request(t.app).get('/api/session');
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('unauthenticated');
  });

  it('answers 401 unauthenticated on an API endpoint without a session', async () => {
    const response = await request(t.app).get('/api/instances');
    expect(response.status).toBe(401);
    expect(response.body).toEqual({
      error: { code: 'unauthenticated', message: 'logg inn først', details: null },
    });
  });

  it('ends on logout: 204, and the cookie no longer works', async () => {
    const agent = await loginWith(t.app, 'kari');
    const cookie = (await agent.get('/api/session')).status;
    expect(cookie).toBe(200);
    expect((await agent.delete('/api/session')).status).toBe(204);
    expect((await agent.get('/api/session')).status).toBe(401);
  });

  it('refuses a logout without the CSRF token with 403 csrf and stays logged in', async () => {
    const agent = request.agent(t.app);
    await agent.post('/api/session').send({ username: 'kari', password: TEST_PASSWORD });
    const response = await agent.delete('/api/session');
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('csrf');
    expect((await agent.get('/api/session')).status).toBe(200);
  });

  it('expires after 12 hours without a request', async () => {
    await createUser(t.db, { username: 'idle', password: TEST_PASSWORD, role: 'staff' });
    const agent = await loginWith(t.app, 'idle');
    await t.db.query(
      `UPDATE sessions SET last_seen = now() - interval '12 hours', expires_at = now() - interval '1 second'
        WHERE username = 'idle'`,
    );
    const response = await agent.get('/api/session');
    expect(response.status).toBe(401);
    expect(await t.db.query(`SELECT 1 FROM sessions WHERE username = 'idle'`)).toEqual([]);
  });

  it('keeps only a SHA-256 of the session token in the database', async () => {
    const response = await login('kari', TEST_PASSWORD);
    const cookie = sessionCookie(response.headers['set-cookie'] as unknown as string[]) ?? '';
    const token = cookie.slice('sengeplan_session='.length).split(';')[0] ?? '';
    const rows = await t.db.query<{ token_hash: string }>('SELECT token_hash FROM sessions');
    expect(rows.map((r) => r.token_hash)).toContain(hashToken(token));
    expect(rows.map((r) => r.token_hash)).not.toContain(token);
  });
});

describe('CSRF', () => {
  it('refuses a write without X-CSRF-Token with 403 csrf', async () => {
    const agent = request.agent(t.app);
    await createUser(t.db, { username: 'planner-csrf', password: TEST_PASSWORD, role: 'planner' });
    await agent.post('/api/session').send({ username: 'planner-csrf', password: TEST_PASSWORD });
    const response = await agent.post('/api/instances/tiny/solve').send({});
    expect(response.status).toBe(403);
    expect(response.body).toEqual({
      error: {
        code: 'csrf',
        message: 'forespørselen mangler gyldig CSRF-token (X-CSRF-Token)',
        details: null,
      },
    });
  });

  it('refuses a write with another session’s token with 403 csrf', async () => {
    const agent = await loginWith(t.app, 'planner-csrf');
    const other = await login('planner-csrf', TEST_PASSWORD);
    const response = await agent
      .post('/api/instances/tiny/solve')
      .set('X-CSRF-Token', other.body.csrfToken as string)
      .send({});
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('csrf');
  });

  it('lets a write with the session’s token through to the route', async () => {
    const agent = await loginWith(t.app, 'planner-csrf');
    const response = await agent.post('/api/instances/no-such-instance/solve').send({});
    expect(response.status).toBe(404);
  });
});

describe('stored passwords', () => {
  it('are scrypt hashes with salt and parameters, never the password', async () => {
    const [row] = await t.db.query<{ password_hash: string }>(
      `SELECT password_hash FROM users WHERE username = 'kari'`,
    );
    expect(row?.password_hash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    expect(row?.password_hash).not.toContain(TEST_PASSWORD);
  });

  it('differ for two users with the same password (a salt each)', async () => {
    await createUser(t.db, { username: 'same-a', password: TEST_PASSWORD, role: 'staff' });
    await createUser(t.db, { username: 'same-b', password: TEST_PASSWORD, role: 'staff' });
    const rows = await t.db.query<{ password_hash: string }>(
      `SELECT password_hash FROM users WHERE username IN ('same-a', 'same-b')`,
    );
    expect(new Set(rows.map((r) => r.password_hash)).size).toBe(2);
  });
});
