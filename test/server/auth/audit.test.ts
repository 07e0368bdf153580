import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.ts';
import { START_TIMEOUT_MS } from '../support/engines.ts';
import { fixtureJson } from '../support/fixtures.ts';
import { tinyPlan } from '../support/plans.ts';
import { loginAs, type Agent } from '../support/session.ts';

let t: TestApp;
let admin: Agent;
let plannerName: string;
beforeAll(async () => {
  t = await testApp();
  admin = await loginAs(t, 'admin');
  plannerName = ((await t.planner.get('/api/session')).body as { user: { username: string } }).user.username;
  await t.planner.post('/api/instances?id=tiny').send(fixtureJson('tiny')).expect(201);
}, START_TIMEOUT_MS);
afterAll(async () => {
  await t.close();
});

interface Row {
  id: number;
  at: string;
  username: string;
  role: string;
  action: string;
  object: string;
  before: unknown;
  after: unknown;
}

const auditOf = async (query: string): Promise<{ entries: Row[]; next: number | null }> => {
  const response = await admin.get(`/api/audit?${query}`);
  expect(response.status).toBe(200);
  return response.body as { entries: Row[]; next: number | null };
};

describe('audit rows', () => {
  it('are written for a change, with who, role, action, object and after', async () => {
    const saved = await t.planner.post('/api/instances/tiny/plans').send(tinyPlan()).expect(201);
    const { entries } = await auditOf(`object=plan/${saved.body.id}`);
    expect(entries).toEqual([
      {
        id: expect.any(Number),
        at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        username: plannerName,
        role: 'planner',
        action: 'plan.save',
        object: `plan/${saved.body.id}`,
        before: null,
        after: saved.body,
      },
    ]);
  });

  it('are written with before and after when a plan is published', async () => {
    const saved = await t.planner.post('/api/instances/tiny/plans').send(tinyPlan()).expect(201);
    const published = await t.planner.post(`/api/plans/${saved.body.id}/publish`).expect(200);
    const { entries } = await auditOf(`object=plan/${saved.body.id}`);
    expect(entries.map((e) => [e.action, e.before, e.after])).toEqual([
      ['plan.publish', { status: 'draft' }, published.body],
      ['plan.save', null, saved.body],
    ]);
  });

  it('are written for a read of a person’s stays, as action read', async () => {
    const saved = await t.planner.post('/api/instances/tiny/plans').send(tinyPlan()).expect(201);
    await t.planner.get(`/api/plans/${saved.body.id}`).expect(200);
    const { entries } = await auditOf(`object=plan/${saved.body.id}&username=${plannerName}`);
    expect(entries.map((e) => [e.action, e.role])).toEqual([
      ['read', 'planner'],
      ['plan.save', 'planner'],
    ]);
  });

  it('are written for a read of the waiting list', async () => {
    await t.planner.get('/api/instances/tiny/requests').expect(200);
    const { entries } = await auditOf('object=instance/tiny/requests&limit=1');
    expect(entries.map((e) => [e.username, e.action])).toEqual([[plannerName, 'read']]);
  });

  it('are not written for a refused change', async () => {
    const before = await auditOf('object=instance/nope');
    await t.planner.post('/api/instances/nope/plans').send(tinyPlan()).expect(404);
    await t.planner.post('/api/instances?id=tiny').send(fixtureJson('tiny')).expect(409);
    expect((await auditOf('object=instance/nope')).entries).toEqual(before.entries);
    const tiny = (await auditOf('object=instance/tiny&limit=1000')).entries.filter(
      (e) => e.action !== 'read',
    );
    expect(tiny.map((e) => [e.action, e.object])).toEqual([['instance.import', 'instance/tiny']]);
  });

  it('are written for login, under the user who logged in', async () => {
    const agent = await loginAs(t, 'staff', { wardIds: ['C1-W1'] });
    const me = ((await agent.get('/api/session')).body as { user: { username: string } }).user.username;
    const { entries } = await auditOf(`username=${me}`);
    expect(entries.map((e) => [e.action, e.role, e.object])).toEqual([['login', 'staff', `user/${me}`]]);
  });
});

describe('GET /api/audit', () => {
  it('is refused to a planner with 403 forbidden', async () => {
    const response = await t.planner.get('/api/audit');
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('forbidden');
  });

  it('pages newest first: next names the id to continue before', async () => {
    const first = await auditOf('limit=2');
    expect(first.entries).toHaveLength(2);
    const [newer, older] = first.entries;
    expect(newer!.id).toBeGreaterThan(older!.id);
    expect(first.next).toBe(older!.id);
    const second = await auditOf(`limit=2&beforeId=${first.next}`);
    expect(second.entries[0]!.id).toBeLessThan(older!.id);
  });

  it('filters by day: none before the first row was written', async () => {
    expect((await auditOf('to=2000-01-01')).entries).toEqual([]);
    const today = new Date().toISOString().slice(0, 10);
    expect((await auditOf(`from=${today}&limit=1`)).entries).toHaveLength(1);
  });

  it('logs its own reading', async () => {
    await auditOf('username=someone');
    const { entries } = await auditOf('object=audit&limit=1');
    expect(entries[0]).toMatchObject({
      action: 'read',
      object: 'audit',
      role: 'admin',
      after: { username: 'someone', limit: 100 },
    });
  });

  it('has no way to change or delete a row: PUT, PATCH and DELETE are not endpoints', async () => {
    for (const method of ['put', 'patch', 'delete'] as const) {
      const response = await admin[method]('/api/audit');
      expect(response.status).toBe(404);
    }
  });
});
