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

const { freshPlan, planCount } = tinyPlans(() => t, 'tiny');

const earlyDeparture = { type: 'earlyDeparture', requestId: 'R1', date: '2027-01-12' };

describe('POST /api/plans/:planId/events', () => {
  it('saves the repaired plan as the next draft and answers its moves and figures', async () => {
    const { instanceId, planId } = await freshPlan();
    const response = await t.planner
      .post(`/api/plans/${planId}/events`)
      .send({ today: '2027-01-10', events: [earlyDeparture] });
    expect(response.status).toBe(201);
    expect(response.headers.location).toBe(`/api/plans/${response.body.plan.id}`);
    expect(response.body.plan).toMatchObject({ instanceId, version: 2, status: 'draft' });
    expect(response.body.status).toBe('ok');
    expect(response.body.moves).toContainEqual(
      expect.objectContaining({
        ref: { requestId: 'R1' },
        from: { bedId: 'C1-W1-R1-B1', start: '2027-01-04', end: '2027-01-18' },
        to: { bedId: 'C1-W1-R1-B1', start: '2027-01-04', end: '2027-01-12' },
        kind: 'event',
      }),
    );
    expect(Object.keys(response.body.figures)).toEqual(['before', 'after']);
    const saved = (await t.planner.get(`/api/plans/${response.body.plan.id}`).expect(200)).body.plan;
    expect(saved.stays.filter((s: { requestId?: string }) => s.requestId === 'R1')).toEqual([
      { requestId: 'R1', bedId: 'C1-W1-R1-B1', start: '2027-01-04', end: '2027-01-12' },
    ]);
  });

  it('stores what the events change in the instance, so the draft is judged against it', async () => {
    const { instanceId, planId } = await freshPlan();
    const events = [
      earlyDeparture,
      { type: 'bedOutOfService', bedId: 'C2-W1-R2-B1', start: '2027-01-20', end: '2027-01-25' },
      {
        type: 'newRequest',
        request: {
          id: 'R50',
          personId: 'P50',
          kind: 'korttid',
          earliestStart: '2027-01-20',
          latestStart: '2027-01-25',
          nights: 3,
          priority: 1,
          source: 'hospital',
        },
        person: { id: 'P50', sex: 'F' },
      },
    ];
    await t.planner.post(`/api/plans/${planId}/events`).send({ today: '2027-01-10', events }).expect(201);
    const instance = (await t.planner.get(`/api/instances/${instanceId}`).expect(200)).body;
    const request = (id: string) => instance.requests.find((r: { id: string }) => r.id === id);
    expect(request('R1').nights).toBe(8);
    expect(request('R50')).toMatchObject({ personId: 'P50', nights: 3 });
    expect(instance.people.at(-1)).toEqual({ id: 'P50', sex: 'F', partnerId: null });
    const bed = instance.centres[1].wards[0].rooms[1].beds[0];
    expect(bed).toEqual({
      id: 'C2-W1-R2-B1',
      tags: [],
      outOfService: [{ start: '2027-01-20', end: '2027-01-25' }],
    });
  });

  it('refuses an event naming a request the instance does not have with 422, saving nothing', async () => {
    const { instanceId, planId } = await freshPlan();
    const before = (await t.planner.get(`/api/instances/${instanceId}`).expect(200)).body;
    const response = await t.planner
      .post(`/api/plans/${planId}/events`)
      .send({ today: '2027-01-10', events: [{ ...earlyDeparture, requestId: 'R404' }] });
    expect(response.status).toBe(422);
    expect(response.body.error).toEqual({
      code: 'unknown_reference',
      message: 'ukjent forespørsel R404',
      details: null,
    });
    expect(await planCount(instanceId)).toBe(1);
    expect((await t.planner.get(`/api/instances/${instanceId}`).expect(200)).body).toEqual(before);
  });

  it('refuses a today outside the horizon with 422 outside_horizon', async () => {
    const { planId } = await freshPlan();
    const response = await t.planner
      .post(`/api/plans/${planId}/events`)
      .send({ today: '2030-01-01', events: [earlyDeparture] });
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('outside_horizon');
  });

  it('refuses a body without events with 400 naming the field', async () => {
    const { planId } = await freshPlan();
    const response = await t.planner
      .post(`/api/plans/${planId}/events`)
      .send({ today: '2027-01-10', events: [] });
    expect(response.status).toBe(400);
    expect(response.body.error.details.map((d: { path: string }) => d.path)).toEqual(['body.events']);
  });

  it('answers 404 for a plan that does not exist', async () => {
    const response = await t.planner
      .post('/api/plans/999999/events')
      .send({ today: '2027-01-10', events: [earlyDeparture] });
    expect(response.status).toBe(404);
  });

  it('lets staff record an event for a stay in their own ward', async () => {
    const { instanceId, planId } = await freshPlan();
    const staff = await loginAs(t, 'staff', { instanceId, wardIds: ['C1-W1'] });
    const response = await staff
      .post(`/api/plans/${planId}/events`)
      .send({ today: '2027-01-10', events: [earlyDeparture] });
    expect(response.status).toBe(201);
  });

  it('refuses staff an event for a stay in another ward with 403, saving nothing', async () => {
    const { instanceId, planId } = await freshPlan();
    const staff = await loginAs(t, 'staff', { instanceId, wardIds: ['C2-W1'] });
    const response = await staff
      .post(`/api/plans/${planId}/events`)
      .send({ today: '2027-01-10', events: [earlyDeparture] });
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('forbidden');
    expect(await planCount(instanceId)).toBe(1);
  });

  it('refuses staff a new request, which is in no ward yet', async () => {
    const { instanceId, planId } = await freshPlan();
    const staff = await loginAs(t, 'staff', { instanceId, wardIds: ['C1-W1'] });
    const request = {
      id: 'R51',
      personId: 'P1',
      kind: 'korttid',
      earliestStart: '2027-01-20',
      latestStart: '2027-01-25',
      nights: 3,
      priority: 1,
      source: 'home',
    };
    const response = await staff
      .post(`/api/plans/${planId}/events`)
      .send({ today: '2027-01-10', events: [{ type: 'newRequest', request }] });
    expect(response.status).toBe(403);
  });

  it('refuses a ward leader, who only reads', async () => {
    const { instanceId, planId } = await freshPlan();
    const leader = await loginAs(t, 'wardLeader', { instanceId, wardIds: ['C1-W1'] });
    const response = await leader
      .post(`/api/plans/${planId}/events`)
      .send({ today: '2027-01-10', events: [earlyDeparture] });
    expect(response.status).toBe(403);
  });

  it('records the events in the audit under the new draft', async () => {
    const { planId } = await freshPlan();
    const response = await t.planner
      .post(`/api/plans/${planId}/events`)
      .send({ today: '2027-01-10', events: [earlyDeparture] })
      .expect(201);
    const rows = await t.db.query<{ action: string; before: unknown }>(
      'SELECT action, before FROM audit WHERE object = $1',
      [`plan/${response.body.plan.id}`],
    );
    expect(rows).toEqual([{ action: 'plan.events', before: { planId, version: 1 } }]);
  });
});
