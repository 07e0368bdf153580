import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { START_TIMEOUT_MS } from '../support/engines.ts';
import { testApp, type TestApp } from '../support/app.ts';
import { fixtureJson } from '../support/fixtures.ts';
import { tinyPlan } from '../support/plans.ts';
import { loginAs } from '../support/session.ts';

let t: TestApp;
let planId: number;
beforeAll(async () => {
  t = await testApp();
  await t.planner.post('/api/instances?id=tiny').send(fixtureJson('tiny')).expect(201);
  planId = (await t.planner.post('/api/instances/tiny/plans').send(tinyPlan()).expect(201)).body.id;
}, START_TIMEOUT_MS);
afterAll(async () => {
  await t.close();
});

describe('POST /api/plans/:planId/solve', () => {
  it("starts a solve job of the plan's instance, whose result is the instance's next draft", async () => {
    const response = await t.planner
      .post(`/api/plans/${planId}/solve`)
      .send({ timeLimitSeconds: 1, seed: 3 });
    expect(response.status).toBe(202);
    expect(response.headers.location).toBe(`/api/jobs/${response.body.jobId}`);
    await t.jobs.settled(response.body.jobId);
    const job = (await t.planner.get(`/api/jobs/${response.body.jobId}`).expect(200)).body;
    expect(job).toMatchObject({ instanceId: 'tiny', status: 'done' });
    const saved = (await t.planner.get(`/api/plans/${job.planId}`).expect(200)).body;
    expect(saved).toMatchObject({ instanceId: 'tiny', version: 2, status: 'draft' });
  });

  it('answers 404 for a plan that does not exist', async () => {
    const response = await t.planner.post('/api/plans/999999/solve').send({});
    expect(response.status).toBe(404);
    expect(response.body.error).toEqual({
      code: 'not_found',
      message: 'finner ikke plan 999999',
      details: null,
    });
  });

  it('validates the options as the instance solve does', async () => {
    const response = await t.planner.post(`/api/plans/${planId}/solve`).send({ timeLimitSeconds: 0 });
    expect(response.status).toBe(400);
    expect(response.body.error.details[0].path).toBe('body.timeLimitSeconds');
  });

  it('is for planners: staff get 403', async () => {
    const staff = await loginAs(t, 'staff', { wardIds: ['C1-W1'] });
    const response = await staff.post(`/api/plans/${planId}/solve`).send({});
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('forbidden');
  });
});
