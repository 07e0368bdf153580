import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importInstance } from '../../../server/repos/instances.ts';
import { publishPlan, saveDraft } from '../../../server/repos/plans.ts';
import { testApp, type TestApp } from '../support/app.ts';
import { START_TIMEOUT_MS } from '../support/engines.ts';
import { fixture } from '../support/fixtures.ts';
import { loginAs } from '../support/session.ts';
import { tinyPlanWithWaiting } from './support.ts';

let t: TestApp;
let planId: number;
beforeAll(async () => {
  t = await testApp();
  await importInstance(t.db, fixture('tiny'), { id: 'tiny' });
  await t.db.query("UPDATE people SET name = 'Kari Nordmann' WHERE instance_id = 'tiny' AND id = 'P4'");
  planId = (await saveDraft(t.db, 'tiny', tinyPlanWithWaiting())).id;
}, START_TIMEOUT_MS);
afterAll(async () => {
  await t.close();
});

const calendar = (query = '') => `/api/plans/${planId}/calendar${query}`;

describe('GET /api/plans/:planId/calendar', () => {
  it('gives a planner every bed, the stays, the background and the waiting list of the plan', async () => {
    const response = await t.planner.get(calendar());
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ planId, instanceId: 'tiny', revision: 1, status: 'draft' });
    expect(response.body.resources).toHaveLength(9);
    expect(response.body.waiting).toHaveLength(5);
    expect(response.body.background).toHaveLength(2);
  });

  it('shows a planner the names the instance has', async () => {
    const response = await t.planner.get(calendar('?wardId=C1-W1'));
    const labels = response.body.stays.map((s: { label: string }) => s.label);
    expect(labels).toEqual(['Kari Nordmann', 'P5', 'P10', 'P11', 'P1']);
  });

  it('shows a ward leader their own ward with pseudonymous ids only', async () => {
    const leader = await loginAs(t, 'wardLeader', { instanceId: 'tiny', wardIds: ['C1-W1'] });
    const response = await leader.get(calendar('?wardId=C1-W1'));
    expect(response.status).toBe(200);
    expect(response.body.stays.map((s: { label: string }) => s.label)).toEqual([
      'P4',
      'P5',
      'P10',
      'P11',
      'P1',
    ]);
  });

  it('shows a ward leader of a centre any ward of that centre', async () => {
    const leader = await loginAs(t, 'wardLeader', { instanceId: 'tiny', centreIds: ['C2'] });
    const response = await leader.get(calendar('?wardId=C2-W2'));
    expect(response.status).toBe(200);
    expect(response.body.resources.map((r: { id: string }) => r.id)).toEqual(['C2-W2-R1-B1', 'C2-W2-R2-B1']);
  });

  it('shows staff their own ward', async () => {
    const staff = await loginAs(t, 'staff', { instanceId: 'tiny', wardIds: ['C1-W2'] });
    const response = await staff.get(calendar('?wardId=C1-W2'));
    expect(response.status).toBe(200);
    expect(response.body.resources).toHaveLength(1);
  });

  it('refuses a ward leader another ward with 403 forbidden', async () => {
    const leader = await loginAs(t, 'wardLeader', { instanceId: 'tiny', wardIds: ['C1-W1'] });
    const response = await leader.get(calendar('?wardId=C2-W1'));
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('forbidden');
  });

  it('refuses a ward leader a centre that is not theirs, even naming their own ward with it', async () => {
    const leader = await loginAs(t, 'wardLeader', { instanceId: 'tiny', wardIds: ['C1-W1'] });
    expect((await leader.get(calendar('?centreId=C2&wardId=C1-W1'))).status).toBe(403);
  });

  it('refuses staff the calendar of every bed with 403 forbidden', async () => {
    const staff = await loginAs(t, 'staff', { instanceId: 'tiny', wardIds: ['C1-W1'] });
    expect((await staff.get(calendar())).status).toBe(403);
  });

  it('answers 401 without a session', async () => {
    expect((await request(t.app).get(calendar())).status).toBe(401);
  });

  it('answers 404 for a ward the instance does not have', async () => {
    const response = await t.planner.get(calendar('?wardId=C9-W1'));
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('not_found');
  });

  it('answers 404 for a plan that does not exist', async () => {
    expect((await t.planner.get('/api/plans/99999/calendar')).status).toBe(404);
  });

  it('logs the read in the audit', async () => {
    const leader = await loginAs(t, 'wardLeader', { instanceId: 'tiny', wardIds: ['C1-W1'] });
    await leader.get(calendar('?wardId=C1-W1'));
    const rows = await t.db.query<{ role: string; after: unknown }>(
      "SELECT role, after FROM audit WHERE action = 'read' AND object = $1 AND role = 'wardLeader'",
      [`plan/${planId}/calendar`],
    );
    expect(rows.at(-1)).toEqual({ role: 'wardLeader', after: { wardId: 'C1-W1' } });
  });

  it('shows a published plan with its status and revision', async () => {
    const other = (await saveDraft(t.db, 'tiny', tinyPlanWithWaiting())).id;
    await publishPlan(t.db, other);
    const response = await t.planner.get(`/api/plans/${other}/calendar?centreId=C1`);
    expect(response.body).toMatchObject({ status: 'published', revision: 2 });
  });
});
