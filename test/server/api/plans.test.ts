import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { START_TIMEOUT_MS } from '../support/engines.ts';
import { testApp, type TestApp } from '../support/app.ts';
import { fixtureJson } from '../support/fixtures.ts';
import { tinyPlan, tinyPlanChanged } from '../support/plans.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
  await t.planner.post('/api/instances?id=tiny').send(fixtureJson('tiny')).expect(201);
  await t.planner.post('/api/instances?id=other').send(fixtureJson('tiny')).expect(201);
}, START_TIMEOUT_MS);
afterAll(async () => {
  await t.close();
});

const saveDraft = async (instanceId = 'tiny', plan: object = tinyPlan()) => {
  const response = await t.planner.post(`/api/instances/${instanceId}/plans`).send(plan);
  expect(response.status).toBe(201);
  return response.body as { id: number; version: number };
};

describe('saving a plan', () => {
  it('saves a v1 plan as a draft and answers where it is', async () => {
    const response = await t.planner.post('/api/instances/other/plans').send(tinyPlan());
    expect(response.status).toBe(201);
    expect(response.headers.location).toBe(`/api/plans/${response.body.id}`);
    expect(response.body).toMatchObject({
      instanceId: 'other',
      status: 'draft',
      publishedAt: null,
      stays: 4,
      unplaced: 1,
    });
  });

  it('refuses a plan for an unknown instance with 404', async () => {
    const response = await t.planner.post('/api/instances/nope/plans').send(tinyPlan());
    expect(response.status).toBe(404);
    expect(response.body.error.message).toBe('finner ikke instansen nope');
  });

  it('refuses a plan that is not in the format with 400 naming the field', async () => {
    const response = await t.planner.post('/api/instances/tiny/plans').send({
      version: 1,
      stays: [{ requestId: 'R1', bedId: 'C1-W1-R1-B1', start: '2027-01-05', end: '2027-13-01' }],
    });
    expect(response.status).toBe(400);
    expect(response.body.error.details).toEqual([
      { path: 'body.stays.0.end', message: 'must be a calendar date YYYY-MM-DD' },
    ]);
  });

  it('refuses a plan naming a bed the instance does not have with 422, naming it', async () => {
    const plan = tinyPlan();
    plan.stays.push({ requestId: 'R4', bedId: 'NO-SUCH-BED', start: '2027-01-11', end: '2027-02-01' });
    const response = await t.planner.post('/api/instances/tiny/plans').send(plan);
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('unknown_reference');
    expect(response.body.error.details).toEqual([
      {
        refs: ['R4', 'NO-SUCH-BED'],
        message: 'R4 is placed in unknown bed NO-SUCH-BED (2027-01-11 to 2027-02-01)',
      },
    ]);
  });

  it('refuses a plan naming a request the instance does not have with 422', async () => {
    const plan = tinyPlan();
    plan.unplaced.push({ requestId: 'R99', reason: 'none' });
    const response = await t.planner.post('/api/instances/tiny/plans').send(plan);
    expect(response.status).toBe(422);
    expect(response.body.error.details).toEqual([
      { refs: ['R99'], message: 'an unplaced entry names unknown request R99' },
    ]);
  });
});

describe('plan versions', () => {
  it('gives a saved plan back with its stays exactly as sent', async () => {
    const { id } = await saveDraft();
    const response = await t.planner.get(`/api/plans/${id}`);
    expect(response.status).toBe(200);
    expect(response.body.plan).toEqual(tinyPlan());
  });

  it('answers an unknown plan with 404', async () => {
    const response = await t.planner.get('/api/plans/999999');
    expect(response.status).toBe(404);
    expect(response.body.error.message).toBe('finner ikke plan 999999');
  });

  it('answers a plan id that is not a number with 400 naming the parameter', async () => {
    const response = await t.planner.get('/api/plans/latest');
    expect(response.status).toBe(400);
    expect(response.body.error.details[0].path).toBe('params.planId');
  });

  it('lists the versions of an instance newest first', async () => {
    const first = await saveDraft();
    const second = await saveDraft();
    const response = await t.planner.get('/api/instances/tiny/plans');
    expect(response.status).toBe(200);
    const versions = response.body.map((p: { version: number }) => p.version);
    expect(versions.slice(0, 2)).toEqual([second.version, first.version]);
    expect(second.version).toBe(first.version + 1);
  });

  it('answers the versions of an unknown instance with 404', async () => {
    const response = await t.planner.get('/api/instances/nope/plans');
    expect(response.status).toBe(404);
  });

  it('publishes a draft', async () => {
    const { id } = await saveDraft();
    const response = await t.planner.post(`/api/plans/${id}/publish`);
    expect(response.status).toBe(200);
    expect(response.body.status).toBe('published');
    expect(response.body.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('refuses to publish a plan twice with 409', async () => {
    const { id } = await saveDraft();
    await t.planner.post(`/api/plans/${id}/publish`).expect(200);
    const response = await t.planner.post(`/api/plans/${id}/publish`);
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('conflict');
  });

  it('answers publishing an unknown plan with 404', async () => {
    const response = await t.planner.post('/api/plans/999999/publish');
    expect(response.status).toBe(404);
  });
});

describe('the diff between two versions', () => {
  it('lists stays added, removed and moved from the first version to the second', async () => {
    const a = await saveDraft('tiny', tinyPlan());
    const b = await saveDraft('tiny', tinyPlanChanged());
    const response = await t.planner.get(`/api/plans/${a.id}/diff/${b.id}`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      from: { id: a.id, version: a.version },
      to: { id: b.id, version: b.version },
      added: [
        {
          ref: { requestId: 'R3' },
          segments: [{ bedId: 'C2-W1-R1-B1', start: '2027-01-06', end: '2027-01-27' }],
        },
      ],
      removed: [
        {
          ref: { requestId: 'R2' },
          segments: [
            { bedId: 'C1-W1-R3-B1', start: '2027-01-04', end: '2027-01-08' },
            { bedId: 'C1-W1-R2-B2', start: '2027-01-08', end: '2027-01-11' },
          ],
        },
      ],
      moved: [
        {
          ref: { requestId: 'R1' },
          from: [{ bedId: 'C1-W1-R1-B1', start: '2027-01-05', end: '2027-01-19' }],
          to: [{ bedId: 'C1-W1-R2-B2', start: '2027-01-05', end: '2027-01-19' }],
        },
      ],
      unchanged: 1,
    });
  });

  it('refuses to diff plans of two different instances with 422', async () => {
    const a = await saveDraft('tiny');
    const b = await saveDraft('other');
    const response = await t.planner.get(`/api/plans/${a.id}/diff/${b.id}`);
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('different_instances');
  });

  it('answers a diff with an unknown plan with 404', async () => {
    const a = await saveDraft();
    const response = await t.planner.get(`/api/plans/${a.id}/diff/999999`);
    expect(response.status).toBe(404);
  });
});
