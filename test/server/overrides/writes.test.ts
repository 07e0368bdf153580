/** What an accepted override writes, and the revision contract (If-Match, ETag, 412, 428, not_draft). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.ts';
import { START_TIMEOUT_MS } from '../support/engines.ts';
import { loginAs } from '../support/session.ts';
import { tinyDraft } from './setup.ts';
import { tinyPlanWithR11Waiting, tinyValidPlan } from './support.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
}, START_TIMEOUT_MS);
afterAll(async () => {
  await t.close();
});

const moveR11 = (start = '2027-02-03', end = '2027-02-13', extra: object = {}) => ({
  action: 'move',
  ref: { requestId: 'R11' },
  bedId: 'C1-W1-R2-B2',
  start,
  end,
  ...extra,
});

const instanceOf = async (instanceId: string) =>
  (await t.planner.get(`/api/instances/${instanceId}`)).body as {
    requests: { id: string; nights: number; pin?: object }[];
    series: { id: string; pins: object[] }[];
  };

const requestOf = async (instanceId: string, id: string) =>
  (await instanceOf(instanceId)).requests.find((r) => r.id === id);

describe('GET /api/plans/:planId', () => {
  it('sends the revision as ETag and in the body, 1 for a new draft', async () => {
    const draft = await tinyDraft(t, tinyValidPlan());
    const response = await draft.read();
    expect(response.headers.etag).toBe('"1"');
    expect(response.body.revision).toBe(1);
  });
});

describe('a move', () => {
  it('answers the new revision in the body and as ETag, with the stay as the calendar shows it', async () => {
    const draft = await tinyDraft(t, tinyValidPlan());
    const response = await draft.override(1, moveR11());
    expect(response.status).toBe(200);
    expect(response.headers.etag).toBe('"2"');
    expect(response.body).toEqual({
      revision: 2,
      stay: {
        key: 'request:R11:0',
        ref: { requestId: 'R11' },
        bedId: 'C1-W1-R2-B2',
        start: '2027-02-03',
        end: '2027-02-13',
        kind: 'vurdering',
        label: 'P14',
        pinned: true,
        fixed: false,
        priority: 3,
        hospital: false,
      },
    });
  });

  it('replaces the stay in the plan and counts the revision up', async () => {
    const draft = await tinyDraft(t, tinyValidPlan());
    await draft.override(1, moveR11());
    const plan = (await draft.read()).body;
    expect(plan.revision).toBe(2);
    expect(plan.plan.stays.filter((s: { requestId?: string }) => s.requestId === 'R11')).toEqual([
      { requestId: 'R11', bedId: 'C1-W1-R2-B2', start: '2027-02-03', end: '2027-02-13' },
    ]);
    expect(plan.plan.stays).toHaveLength(16);
  });

  it('pins the stay where it was moved to, in the instance', async () => {
    const draft = await tinyDraft(t, tinyValidPlan());
    await draft.override(1, moveR11());
    expect((await requestOf(draft.instanceId, 'R11'))?.pin).toEqual({
      bedId: 'C1-W1-R2-B2',
      start: '2027-02-03',
    });
  });

  it('leaves the stay unpinned with pin: false', async () => {
    const draft = await tinyDraft(t, tinyValidPlan());
    const response = await draft.override(1, moveR11('2027-02-03', '2027-02-13', { pin: false }));
    expect(response.body.stay.pinned).toBe(false);
    expect((await requestOf(draft.instanceId, 'R11'))?.pin).toBeUndefined();
  });

  it('moves a pinned stay and pins it at its new place', async () => {
    const draft = await tinyDraft(t, tinyValidPlan());
    const response = await draft.override(1, {
      action: 'move',
      ref: { requestId: 'R3' },
      bedId: 'C2-W1-R1-B1',
      start: '2027-01-07',
      end: '2027-01-28',
    });
    expect(response.status).toBe(200);
    expect((await requestOf(draft.instanceId, 'R3'))?.pin).toEqual({
      bedId: 'C2-W1-R1-B1',
      start: '2027-01-07',
    });
  });

  it('records an extension as the request’s new number of nights', async () => {
    const draft = await tinyDraft(t, tinyValidPlan());
    const response = await draft.override(1, moveR11('2027-02-03', '2027-02-14'));
    expect(response.status).toBe(200);
    expect((await requestOf(draft.instanceId, 'R11'))?.nights).toBe(11);
  });

  it('places a request from the waiting list and takes it off the list', async () => {
    const draft = await tinyDraft(t, tinyPlanWithR11Waiting());
    const response = await draft.override(1, moveR11());
    expect(response.status).toBe(200);
    const plan = (await draft.read()).body.plan;
    expect(plan.unplaced).toEqual([]);
    expect(plan.stays).toContainEqual({
      requestId: 'R11',
      bedId: 'C1-W1-R2-B2',
      start: '2027-02-03',
      end: '2027-02-13',
    });
  });

  it('moves a series occurrence within its flex days and pins that occurrence', async () => {
    const draft = await tinyDraft(t, tinyValidPlan());
    const response = await draft.override(1, {
      action: 'move',
      ref: { seriesId: 'S1', occurrence: 1 },
      bedId: 'C2-W2-R1-B1',
      start: '2027-01-26',
      end: '2027-02-02',
    });
    expect(response.status).toBe(200);
    const s1 = (await instanceOf(draft.instanceId)).series.find((s) => s.id === 'S1');
    expect(s1?.pins).toEqual([{ occurrence: 1, bedId: 'C2-W2-R1-B1', start: '2027-01-26' }]);
  });

  it('writes an audit row with the stay before and after', async () => {
    const draft = await tinyDraft(t, tinyValidPlan());
    await draft.override(1, moveR11());
    const rows = await t.db.query<{ action: string; object: string; before: unknown; after: unknown }>(
      'SELECT action, object, before, after FROM audit WHERE object = $1',
      [`plan/${draft.planId}/R11`],
    );
    expect(rows).toEqual([
      {
        action: 'plan.override.move',
        object: `plan/${draft.planId}/R11`,
        before: {
          stays: [{ requestId: 'R11', bedId: 'C1-W1-R1-B1', start: '2027-02-02', end: '2027-02-12' }],
          pin: null,
          nights: 10,
        },
        after: {
          stays: [{ requestId: 'R11', bedId: 'C1-W1-R2-B2', start: '2027-02-03', end: '2027-02-13' }],
          pin: { bedId: 'C1-W1-R2-B2', start: '2027-02-03' },
          nights: 10,
        },
      },
    ]);
  });
});

describe('pin and unplace', () => {
  it('pins a placed stay to its bed and start', async () => {
    const draft = await tinyDraft(t, tinyValidPlan());
    const response = await draft.override(1, { action: 'pin', ref: { requestId: 'R1' }, pinned: true });
    expect(response.status).toBe(200);
    expect(response.body.revision).toBe(2);
    expect(response.body.stay.pinned).toBe(true);
    expect((await requestOf(draft.instanceId, 'R1'))?.pin).toEqual({
      bedId: 'C1-W1-R2-B2',
      start: '2027-01-04',
    });
  });

  it('unpins a pinned occurrence', async () => {
    const draft = await tinyDraft(t, tinyValidPlan());
    const response = await draft.override(1, {
      action: 'pin',
      ref: { seriesId: 'S2', occurrence: 1 },
      pinned: false,
    });
    expect(response.status).toBe(200);
    expect((await instanceOf(draft.instanceId)).series.find((s) => s.id === 'S2')?.pins).toEqual([]);
  });

  it('takes a stay out of the plan onto the waiting list and drops its pin', async () => {
    const draft = await tinyDraft(t, tinyValidPlan());
    const response = await draft.override(1, { action: 'unplace', ref: { requestId: 'R3' } });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ revision: 2 });
    const plan = (await draft.read()).body.plan;
    expect(plan.unplaced).toEqual([
      { requestId: 'R3', reason: 'tatt ut av planen manuelt', why: { code: 'removedByHand' } },
    ]);
    expect(plan.stays).toHaveLength(15);
    expect((await requestOf(draft.instanceId, 'R3'))?.pin).toBeUndefined();
  });
});

describe('the revision', () => {
  it('refuses a write without If-Match with 428 revision_required', async () => {
    const draft = await tinyDraft(t, tinyValidPlan());
    const response = await draft.override(undefined, moveR11());
    expect(response.status).toBe(428);
    expect(response.body.error.code).toBe('revision_required');
  });

  it('refuses a write on a revision that is no longer current with 412 stale_revision', async () => {
    const draft = await tinyDraft(t, tinyValidPlan());
    expect((await draft.override(1, moveR11())).status).toBe(200);
    const stale = await draft.override(1, { action: 'pin', ref: { requestId: 'R1' }, pinned: true });
    expect(stale.status).toBe(412);
    expect(stale.body.error.code).toBe('stale_revision');
    expect(stale.body.error.details).toEqual({ revision: 2 });
  });

  it('accepts the weak form W/"2" of the current revision', async () => {
    const draft = await tinyDraft(t, tinyValidPlan());
    await draft.override(1, moveR11());
    const response = await t.planner
      .post(`/api/plans/${draft.planId}/overrides`)
      .set('If-Match', 'W/"2"')
      .send({ action: 'pin', ref: { requestId: 'R1' }, pinned: true });
    expect(response.status).toBe(200);
    expect(response.body.revision).toBe(3);
  });

  it('refuses a write on a published plan with 409 not_draft', async () => {
    const draft = await tinyDraft(t, tinyValidPlan());
    const published = await t.planner.post(`/api/plans/${draft.planId}/publish`);
    expect(published.body.revision).toBe(2);
    const response = await draft.override(2, moveR11());
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('not_draft');
  });

  it('answers 404 for a request the instance does not have', async () => {
    const draft = await tinyDraft(t, tinyValidPlan());
    const response = await draft.override(1, { action: 'unplace', ref: { requestId: 'R99' } });
    expect(response.status).toBe(404);
  });

  it('refuses a ward leader with 403 forbidden', async () => {
    const draft = await tinyDraft(t, tinyValidPlan());
    const leader = await loginAs(t, 'wardLeader', { wardIds: ['C1-W1'] });
    const response = await draft.override(1, moveR11(), leader);
    expect(response.status).toBe(403);
  });
});
