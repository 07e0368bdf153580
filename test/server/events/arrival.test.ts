import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { START_TIMEOUT_MS } from '../support/engines.ts';
import { testApp, type TestApp } from '../support/app.ts';
import { loginAs } from '../support/session.ts';
import { tinyPlans } from './support.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
}, START_TIMEOUT_MS);
afterAll(async () => {
  await t.close();
});

const { freshPlan, planCount } = tinyPlans(() => t, 'tiny-arrival');

const arrival = { type: 'arrival', requestId: 'R1', date: '2027-01-04' };
const today = '2027-01-04';

describe('POST /api/plans/:planId/events with an arrival', () => {
  it('lets staff record an arrival in their own ward: a draft with no moves and the stay pinned', async () => {
    const { instanceId, planId } = await freshPlan();
    const staff = await loginAs(t, 'staff', { instanceId, wardIds: ['C1-W1'] });
    const response = await staff.post(`/api/plans/${planId}/events`).send({ today, events: [arrival] });
    expect(response.status).toBe(201);
    expect(response.body.plan).toMatchObject({ instanceId, version: 2, status: 'draft' });
    expect(response.body.status).toBe('ok');
    expect(response.body.moves).toEqual([]);
    const instance = (await t.planner.get(`/api/instances/${instanceId}`).expect(200)).body;
    expect(instance.requests.find((r: { id: string }) => r.id === 'R1').pin).toEqual({
      bedId: 'C1-W1-R1-B1',
      start: '2027-01-04',
    });
    const calendar = (
      await staff.get(`/api/plans/${response.body.plan.id}/calendar?wardId=C1-W1`).expect(200)
    ).body;
    const r1 = calendar.stays.find((s: { ref: { requestId?: string } }) => s.ref.requestId === 'R1');
    expect(r1).toMatchObject({ bedId: 'C1-W1-R1-B1', start: '2027-01-04', end: '2027-01-18', pinned: true });
  });

  it('refuses staff an arrival for a stay in another ward with 403, saving nothing', async () => {
    const { instanceId, planId } = await freshPlan();
    const staff = await loginAs(t, 'staff', { instanceId, wardIds: ['C2-W1'] });
    const response = await staff.post(`/api/plans/${planId}/events`).send({ today, events: [arrival] });
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('forbidden');
    expect(await planCount(instanceId)).toBe(1);
  });

  it('stores the pin of a rotation stay that arrived in its own ward', async () => {
    const { instanceId, planId } = await freshPlan();
    const staff = await loginAs(t, 'staff', { instanceId, wardIds: ['C2-W2'] });
    const event = { type: 'arrival', seriesId: 'S1', occurrence: 0, date: '2027-01-04' };
    const response = await staff.post(`/api/plans/${planId}/events`).send({ today, events: [event] });
    expect(response.status).toBe(201);
    expect(response.body.moves).toEqual([]);
    const instance = (await t.planner.get(`/api/instances/${instanceId}`).expect(200)).body;
    expect(instance.series.find((s: { id: string }) => s.id === 'S1').pins).toEqual([
      { occurrence: 0, bedId: 'C2-W2-R1-B1', start: '2027-01-04' },
    ]);
  });

  it('refuses an arrival before the first night with 422 invalid_event, saving nothing', async () => {
    const { instanceId, planId } = await freshPlan();
    const response = await t.planner
      .post(`/api/plans/${planId}/events`)
      .send({ today, events: [{ ...arrival, requestId: 'R7', date: '2027-01-18' }] });
    expect(response.status).toBe(422);
    expect(response.body.error).toEqual({
      code: 'invalid_event',
      message:
        'ankomst 2027-01-18 for R7: før første natt 2027-01-19; flytt oppholdet først, sengen kan være opptatt',
      details: null,
    });
    expect(await planCount(instanceId)).toBe(1);
  });
});
