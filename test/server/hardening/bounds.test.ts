/** Every number and date of a body has a domain bound: out of it is a 400 naming the field, at once. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instance, MAX_NIGHTS } from '../../../solver/formats.ts';
import { tinyPlans } from '../events/support.ts';
import { testApp, type TestApp } from '../support/app.ts';
import { START_TIMEOUT_MS } from '../support/engines.ts';
import { fixtureJson } from '../support/fixtures.ts';
import { loginAs } from '../support/session.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
}, START_TIMEOUT_MS);
afterAll(async () => {
  await t.close();
});

const { freshPlan, planCount } = tinyPlans(() => t, 'bounds');
const today = '2027-01-05';

describe('POST /api/plans/:planId/events', () => {
  it.each([2_147_483_648, 1_000_000, MAX_NIGHTS + 1])(
    'refuses an extension by staff to %i nights with 400 naming events.0.nights, saving nothing',
    async (nights) => {
      const { instanceId, planId } = await freshPlan();
      const staff = await loginAs(t, 'staff', { instanceId, wardIds: ['C1-W1'] });
      const response = await staff
        .post(`/api/plans/${planId}/events`)
        .send({ today, events: [{ type: 'extend', requestId: 'R2', nights }] });
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('invalid_input');
      expect(response.body.error.details).toEqual([
        { path: 'body.events.0.nights', message: expect.stringContaining(String(MAX_NIGHTS)) },
      ]);
      expect(await planCount(instanceId)).toBe(1);
    },
  );

  it('refuses a date after 2100-12-31 with 400 naming the field', async () => {
    const { planId } = await freshPlan();
    const response = await t.planner
      .post(`/api/plans/${planId}/events`)
      .send({ today, events: [{ type: 'noShow', requestId: 'R1', date: '2101-01-01' }] });
    expect(response.status).toBe(400);
    expect(response.body.error.details).toEqual([
      { path: 'body.events.0.date', message: 'must be a date from 2000-01-01 to 2100-12-31' },
    ]);
  });

  it('refuses a series occurrence past the bound with 400 naming the field', async () => {
    const { planId } = await freshPlan();
    const response = await t.planner.post(`/api/plans/${planId}/events`).send({
      today,
      events: [{ type: 'noShow', seriesId: 'S1', occurrence: 2 ** 40, date: '2027-01-05' }],
    });
    expect(response.status).toBe(400);
    expect(response.body.error.details[0].path).toBe('body.events.0.occurrence');
  });
});

describe('POST /api/instances', () => {
  const withChange = (change: (inst: Record<string, unknown>) => void) => {
    const inst = fixtureJson('tiny') as Record<string, unknown>;
    change(inst);
    return inst;
  };
  const requestsOf = (inst: Record<string, unknown>) => inst.requests as Record<string, unknown>[];

  it.each([
    ['requests.0.nights', (i: Record<string, unknown>) => Object.assign(requestsOf(i)[0]!, { nights: 1e9 })],
    ['turnoverDays', (i: Record<string, unknown>) => Object.assign(i, { turnoverDays: 1e9 })],
    [
      'horizon.end',
      (i: Record<string, unknown>) =>
        Object.assign(i, { horizon: { start: '2027-01-04', end: '2099-01-01' } }),
    ],
    [
      'horizon.start',
      (i: Record<string, unknown>) =>
        Object.assign(i, { horizon: { start: '1999-12-31', end: '2000-02-01' } }),
    ],
    [
      'requests.0.latestStart',
      (i: Record<string, unknown>) =>
        Object.assign(requestsOf(i)[0]!, { earliestStart: '2027-01-04', latestStart: '2099-01-01' }),
    ],
  ])('refuses an instance with %s out of bounds with 400 naming it', async (field, change) => {
    const response = await t.planner.post('/api/instances?id=bounded').send(withChange(change));
    expect(response.status).toBe(400);
    expect(response.body.error.details.map((d: { path: string }) => d.path)).toEqual([`body.${field}`]);
  });
});

describe('the instance format', () => {
  it('keeps accepting the largest fixture', () => {
    expect(instance.safeParse(fixtureJson('bergen')).success).toBe(true);
  });
});
