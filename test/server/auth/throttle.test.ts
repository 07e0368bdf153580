/** The login throttle in the database, and the audit rows of refused requests (issue 18, finding 9). */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../server/app.ts';
import { logIn } from '../../../server/auth/login.ts';
import { LoginThrottle } from '../../../server/auth/throttle.ts';
import { createUser } from '../../../server/auth/users.ts';
import { ApiError } from '../../../server/errors.ts';
import { testApp, type TestApp } from '../support/app.ts';
import { START_TIMEOUT_MS } from '../support/engines.ts';
import { loginAs, TEST_PASSWORD, type Agent } from '../support/session.ts';

let t: TestApp;
let admin: Agent;

beforeAll(async () => {
  t = await testApp();
  admin = await loginAs(t, 'admin');
}, START_TIMEOUT_MS);
afterAll(async () => {
  await t.close();
});

const login = (app: typeof t.app, username: string, password: string) =>
  request(app).post('/api/session').send({ username, password });

interface AuditRow {
  username: string;
  action: string;
  object: string;
  after: unknown;
}

const auditBy = async (username: string): Promise<AuditRow[]> => {
  const response = await admin.get(`/api/audit?username=${username}&limit=1000`);
  expect(response.status).toBe(200);
  return (response.body as { entries: AuditRow[] }).entries;
};

/** Logs in through logIn from `address`; the status it ends in (200 for a session). */
const statusOf = (throttle: LoginThrottle, username: string, password: string, address: string) =>
  logIn(t.db, throttle, { username, password }, address).then(
    () => 200,
    (error: unknown) => (error instanceof ApiError ? error.status : 500),
  );

describe('the login throttle', () => {
  it('still delays a name after a new app starts on the same database, with Retry-After', async () => {
    await createUser(t.db, { username: 'restarted', password: TEST_PASSWORD, role: 'staff' });
    for (let i = 0; i < 6; i += 1) await login(t.app, 'restarted', `wrong-${i}`);
    const response = await login(createApp({ db: t.db }), 'restarted', TEST_PASSWORD);
    expect([response.status, response.body.error.code]).toEqual([429, 'too_many_attempts']);
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
  });

  it("does not stop the real user at another address after a stranger's failures", async () => {
    await createUser(t.db, { username: 'targeted', password: TEST_PASSWORD, role: 'admin' });
    const throttle = new LoginThrottle(t.db);
    const stranger = [];
    for (let i = 0; i < 12; i += 1)
      stranger.push(await statusOf(throttle, 'targeted', `wrong-${i}`, '198.51.100.7'));
    expect(stranger.slice(5)).toContain(429);
    expect(await statusOf(new LoginThrottle(t.db), 'targeted', TEST_PASSWORD, '203.0.113.5')).toBe(200);
  });
});

describe('the audit of refused requests', () => {
  it('writes one row for a failed login, naming the name tried and never the password', async () => {
    await login(t.app, 'tried-name', 'secret-guess-123');
    const rows = await auditBy('tried-name');
    expect(rows.map((r) => [r.action, r.object])).toEqual([['refused.401', 'path/api/session']]);
    expect(JSON.stringify(rows)).not.toContain('secret-guess-123');
  });

  it('writes one row for a 403, naming the user and the path', async () => {
    const staff = await loginAs(t, 'staff');
    const me = ((await staff.get('/api/session')).body as { user: { username: string } }).user.username;
    expect((await staff.get('/api/users')).status).toBe(403);
    const refused = (await auditBy(me)).filter((r) => r.action.startsWith('refused'));
    expect(refused.map((r) => [r.action, r.object])).toEqual([['refused.403', 'path/api/users']]);
  });
});
