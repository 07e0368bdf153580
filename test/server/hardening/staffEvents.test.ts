/** Staff record what happens to a stay in their ward; events that change shared data are for planners. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tinyPlans } from '../events/support.ts';
import { testApp, type TestApp } from '../support/app.ts';
import { START_TIMEOUT_MS } from '../support/engines.ts';
import { loginAs } from '../support/session.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
}, START_TIMEOUT_MS);
afterAll(async () => {
  await t.close();
});

const { freshPlan, planCount } = tinyPlans(() => t, 'staff-events');
const today = '2027-01-05';

/** Events about ward C1-W1 (R1 stays in C1-W1-R1-B1) that staff of C1-W1 may not send. */
const sharedDataEvents = {
  cancel: { type: 'cancel', requestId: 'R1' },
  bedOutOfService: { type: 'bedOutOfService', bedId: 'C1-W1-R1-B1', start: '2027-02-01', end: '2027-02-03' },
  wardClosure: { type: 'wardClosure', wardId: 'C1-W1', start: '2027-02-01', end: '2027-02-03' },
  newRequest: {
    type: 'newRequest',
    request: {
      id: 'R-new',
      personId: 'P1',
      kind: 'korttid',
      earliestStart: '2027-02-01',
      latestStart: '2027-02-01',
      nights: 3,
      priority: 2,
      source: 'home',
    },
  },
};

describe('events staff of a ward may send', () => {
  it.each(Object.entries(sharedDataEvents))(
    'refuses staff of the ward an event of type %s with 403 forbidden, saving nothing',
    async (_type, event) => {
      const { instanceId, planId } = await freshPlan();
      const staff = await loginAs(t, 'staff', { instanceId, wardIds: ['C1-W1'] });
      const response = await staff.post(`/api/plans/${planId}/events`).send({ today, events: [event] });
      expect(response.status).toBe(403);
      expect(response.body.error.code).toBe('forbidden');
      expect(await planCount(instanceId)).toBe(1);
    },
  );

  it('refuses staff a batch of an extension with a ward closure, saving nothing', async () => {
    const { instanceId, planId } = await freshPlan();
    const staff = await loginAs(t, 'staff', { instanceId, wardIds: ['C1-W1'] });
    const events = [{ type: 'extend', requestId: 'R1', nights: 16 }, sharedDataEvents.wardClosure];
    const response = await staff.post(`/api/plans/${planId}/events`).send({ today, events });
    expect(response.status).toBe(403);
    expect(await planCount(instanceId)).toBe(1);
  });

  it('lets a planner close the ward', async () => {
    const { planId } = await freshPlan();
    const response = await t.planner
      .post(`/api/plans/${planId}/events`)
      .send({ today, events: [sharedDataEvents.wardClosure] });
    expect(response.status).toBe(201);
  });

  it.each([
    ['arrival', { type: 'arrival', requestId: 'R1', date: '2027-01-04' }],
    ['noShow', { type: 'noShow', requestId: 'R1', date: '2027-01-04' }],
    ['earlyDeparture', { type: 'earlyDeparture', requestId: 'R1', date: '2027-01-12' }],
    ['extend', { type: 'extend', requestId: 'R1', nights: 16 }],
  ])('lets staff of the ward record an event of type %s', async (_type, event) => {
    const { instanceId, planId } = await freshPlan();
    const staff = await loginAs(t, 'staff', { instanceId, wardIds: ['C1-W1'] });
    const response = await staff.post(`/api/plans/${planId}/events`).send({ today, events: [event] });
    expect(response.status).toBe(201);
  });
});
