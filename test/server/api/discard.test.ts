import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { START_TIMEOUT_MS } from '../support/engines.ts';
import { testApp, type TestApp } from '../support/app.ts';
import { fixtureJson } from '../support/fixtures.ts';
import { tinyPlan } from '../support/plans.ts';

let t: TestApp;
let plannerName = '';

beforeAll(async () => {
  t = await testApp();
  await t.planner.post('/api/instances?id=tiny').send(fixtureJson('tiny')).expect(201);
  plannerName = (await t.planner.get('/api/session')).body.user.username;
}, START_TIMEOUT_MS);
afterAll(async () => {
  await t.close();
});

const saveDraft = async () => {
  const response = await t.planner.post('/api/instances/tiny/plans').send(tinyPlan()).expect(201);
  return response.body as { id: number; version: number; revision: number };
};

/** A draft written to once by hand, so its revision is 2. */
const touchedDraft = async () => {
  const draft = await saveDraft();
  await t.planner
    .post(`/api/plans/${draft.id}/overrides`)
    .set('If-Match', '"1"')
    .send({ action: 'pin', ref: { requestId: 'R1' }, pinned: true })
    .expect(200);
  return draft;
};

const planIds = async () =>
  ((await t.planner.get('/api/instances/tiny/plans').expect(200)).body as { id: number }[]).map((p) => p.id);

describe('DELETE /api/plans/:planId', () => {
  it('deletes a draft and answers 204 with no body', async () => {
    const draft = await saveDraft();
    const response = await t.planner.delete(`/api/plans/${draft.id}`);
    expect(response.status).toBe(204);
    expect(response.text).toBe('');
  });

  it('leaves the draft gone: not found, and not among the versions', async () => {
    const draft = await saveDraft();
    await t.planner.delete(`/api/plans/${draft.id}`).expect(204);
    expect((await t.planner.get(`/api/plans/${draft.id}`)).status).toBe(404);
    expect(await planIds()).not.toContain(draft.id);
  });

  it('keeps the other versions of the instance', async () => {
    const kept = await saveDraft();
    const draft = await saveDraft();
    await t.planner.delete(`/api/plans/${draft.id}`).expect(204);
    expect(await planIds()).toContain(kept.id);
  });

  it('refuses a published version with 409 not_draft and keeps it', async () => {
    const draft = await saveDraft();
    await t.planner.post(`/api/plans/${draft.id}/publish`).expect(200);
    const response = await t.planner.delete(`/api/plans/${draft.id}`);
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('not_draft');
    expect(response.body.error.message).toBe(`versjon ${draft.version} er publisert og kan ikke forkastes`);
    expect((await t.planner.get(`/api/plans/${draft.id}`)).status).toBe(200);
  });

  it('answers 404 for a plan that does not exist', async () => {
    const response = await t.planner.delete('/api/plans/2000000000');
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('not_found');
  });

  it('deletes a draft when If-Match names its current revision', async () => {
    const draft = await touchedDraft();
    const response = await t.planner.delete(`/api/plans/${draft.id}`).set('If-Match', '"2"');
    expect(response.status).toBe(204);
  });

  it('refuses with 412 stale_revision when If-Match names an older revision, and keeps the draft', async () => {
    const draft = await touchedDraft();
    const response = await t.planner.delete(`/api/plans/${draft.id}`).set('If-Match', '"1"');
    expect(response.status).toBe(412);
    expect(response.body.error.code).toBe('stale_revision');
    expect(response.body.error.details).toEqual({ revision: 2 });
    expect((await t.planner.get(`/api/plans/${draft.id}`)).status).toBe(200);
  });

  it('refuses with 412 when If-Match names no revision at all', async () => {
    const draft = await saveDraft();
    const response = await t.planner.delete(`/api/plans/${draft.id}`).set('If-Match', 'nonsense');
    expect(response.status).toBe(412);
  });

  it('writes an audit row with the discarded draft in the same transaction', async () => {
    const draft = await saveDraft();
    await t.planner.delete(`/api/plans/${draft.id}`).expect(204);
    const rows = await t.db.query<{
      username: string;
      action: string;
      before: { id: number; status: string };
    }>('SELECT username, action, before FROM audit WHERE object = $1 AND action = $2', [
      `plan/${draft.id}`,
      'plan.discard',
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      username: plannerName,
      action: 'plan.discard',
      before: { id: draft.id, status: 'draft', version: draft.version },
    });
  });

  it('writes no discard audit row for a refused request', async () => {
    const draft = await touchedDraft();
    await t.planner.delete(`/api/plans/${draft.id}`).set('If-Match', '"1"').expect(412);
    const rows = await t.db.query('SELECT id FROM audit WHERE object = $1 AND action = $2', [
      `plan/${draft.id}`,
      'plan.discard',
    ]);
    expect(rows).toEqual([]);
  });
});
