import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.ts';
import { START_TIMEOUT_MS } from '../support/engines.ts';
import { fixtureJson } from '../support/fixtures.ts';
import { tinyPlan } from '../support/plans.ts';
import { loginAs, type Agent } from '../support/session.ts';
import { csvFixture } from './support.ts';

let t: TestApp;
let planner: Agent;
let instances = 0;

beforeAll(async () => {
  t = await testApp();
  planner = await loginAs(t, 'planner');
}, START_TIMEOUT_MS);
afterAll(async () => {
  await t.close();
});

/** A fresh copy of fixtures/tiny.json under a new id. */
const freshTiny = async () => {
  instances += 1;
  const id = `tiny-${instances}`;
  await planner.post(`/api/instances?id=${id}`).send(fixtureJson('tiny')).expect(201);
  return id;
};

const postCsv = (path: string, text: string, agent: Agent = planner) =>
  agent.post(path).set('Content-Type', 'text/csv; charset=utf-8').send(text);

const exported = async (id: string) => (await planner.get(`/api/instances/${id}`).expect(200)).body;

const bedsWithoutLine = (line: number) => {
  const lines = csvFixture('tiny-beds').split('\n');
  lines.splice(line - 1, 1);
  return lines.join('\n');
};

describe('POST /api/instances/:id/beds.csv', () => {
  it('replaces the bed tree and answers what it kept, added and dropped', async () => {
    const id = await freshTiny();
    const text = `${bedsWithoutLine(4).trim()}\nC1;;C1-W2;;;;C1-W2-R2;C1-W2-R2-B1;;\n`;
    const response = await postCsv(`/api/instances/${id}/beds.csv`, text);
    expect(response.status).toBe(200);
    expect(response.body.beds).toEqual({ kept: 8, added: ['C1-W2-R2-B1'], dropped: ['C1-W1-R2-B2'] });
    expect(response.body.instance.summary.beds).toBe(9);
    const after = await exported(id);
    expect(after.centres[0].wards[1].rooms.map((r: { id: string }) => r.id)).toEqual([
      'C1-W2-R1',
      'C1-W2-R2',
    ]);
  });

  it('keeps the requests, series and fixed stays that name kept beds', async () => {
    const id = await freshTiny();
    const before = await exported(id);
    await postCsv(`/api/instances/${id}/beds.csv`, csvFixture('tiny-beds')).expect(200);
    expect(await exported(id)).toEqual(before);
  });

  it('refuses a bad file with 422 invalid_csv listing every issue, and stores nothing', async () => {
    const id = await freshTiny();
    const before = await exported(id);
    const text = 'senter;avdeling;rom;seng;merker\nC1;W1;R1;;\nC1;W1;R1;B2;\nC1;W2;R1;B3;';
    const response = await postCsv(`/api/instances/${id}/beds.csv`, text);
    expect(response.status).toBe(422);
    expect(response.body.error).toEqual({
      code: 'invalid_csv',
      message: 'linje 2: må fylles ut',
      details: [{ line: 2, column: 'seng', message: 'må fylles ut' }],
    });
    const moved = await postCsv(`/api/instances/${id}/beds.csv`, text.replace('C1;W1;R1;;', 'C1;W1;R1;B1;'));
    expect(moved.body.error.details).toEqual([
      { line: 4, column: 'rom', message: 'rom R1 hører til W1 på linje 2' },
    ]);
    expect(await exported(id)).toEqual(before);
  });

  it('refuses with 409 beds_in_use when a plan version has stays in a bed the file drops', async () => {
    const id = await freshTiny();
    const plan = (await planner.post(`/api/instances/${id}/plans`).send(tinyPlan()).expect(201)).body;
    const before = await exported(id);
    const response = await postCsv(`/api/instances/${id}/beds.csv`, bedsWithoutLine(4));
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('beds_in_use');
    expect(response.body.error.details).toEqual([{ planId: plan.id, version: 1, bedIds: ['C1-W1-R2-B2'] }]);
    expect(await exported(id)).toEqual(before);
  });

  it('answers 404 for an unknown instance', async () => {
    const response = await postCsv('/api/instances/nope/beds.csv', csvFixture('tiny-beds'));
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('not_found');
  });

  it('answers 415 when the body is not text/csv', async () => {
    const id = await freshTiny();
    const response = await planner.post(`/api/instances/${id}/beds.csv`).send({ csv: 'senter;avdeling' });
    expect(response.status).toBe(415);
    expect(response.body.error.code).toBe('unsupported_media_type');
  });

  it('answers 413 for a file over the size limit', async () => {
    const id = await freshTiny();
    const response = await postCsv(
      `/api/instances/${id}/beds.csv`,
      `senter;avdeling;rom;seng\n${'x;'.repeat(2_200_000)}`,
    );
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe('payload_too_large');
  });

  it('is for planners: a ward leader gets 403', async () => {
    const id = await freshTiny();
    const leader = await loginAs(t, 'wardLeader', { centreIds: ['C1'] });
    const response = await postCsv(`/api/instances/${id}/beds.csv`, csvFixture('tiny-beds'), leader);
    expect(response.status).toBe(403);
  });

  it('records who imported the bed tree in the audit', async () => {
    const id = await freshTiny();
    await postCsv(`/api/instances/${id}/beds.csv`, csvFixture('tiny-beds')).expect(200);
    const rows = await t.db.query<{ action: string; object: string }>(
      'SELECT action, object FROM audit WHERE object = $1',
      [`instance/${id}`],
    );
    expect(rows.map((r) => r.action)).toContain('instance.beds.import');
  });
});

describe('POST /api/instances/:id/requests.csv', () => {
  it('adds the requests after the stored ones, with their new people, and answers 201', async () => {
    const id = await freshTiny();
    const response = await postCsv(
      `/api/instances/${id}/requests.csv`,
      `\uFEFF${csvFixture('tiny-requests')}`,
    );
    expect(response.status).toBe(201);
    expect(response.body.added).toEqual({ requests: ['R20', 'R21', 'R22'], people: ['P20', 'P21'] });
    const after = await exported(id);
    expect(after.requests.map((r: { id: string }) => r.id).slice(-4)).toEqual(['R11', 'R20', 'R21', 'R22']);
    expect(after.people.slice(-2)).toEqual([
      { id: 'P20', sex: 'F', partnerId: null },
      { id: 'P21', sex: 'M', partnerId: null },
    ]);
  });

  it('refuses the whole file when one row is bad, storing none of its rows', async () => {
    const id = await freshTiny();
    const before = await exported(id);
    const text = `${csvFixture('tiny-requests').trim()}\nR23;P3;;ohd;2027-01-10;;2;9;sykehus;;\n`;
    const response = await postCsv(`/api/instances/${id}/requests.csv`, text);
    expect(response.status).toBe(422);
    expect(response.body.error.details).toEqual([
      { line: 5, column: 'prioritet', message: '«9» er ikke et helt tall fra 1 til 5' },
    ]);
    expect(await exported(id)).toEqual(before);
  });

  it('refuses the same file a second time: the ids are taken', async () => {
    const id = await freshTiny();
    await postCsv(`/api/instances/${id}/requests.csv`, csvFixture('tiny-requests')).expect(201);
    const response = await postCsv(`/api/instances/${id}/requests.csv`, csvFixture('tiny-requests'));
    expect(response.status).toBe(422);
    expect(response.body.error.details.map((d: { line: number }) => d.line)).toEqual([2, 3, 4]);
  });

  it('needs a session: 401 without one', async () => {
    const id = await freshTiny();
    const response = await postCsv(`/api/instances/${id}/requests.csv`, 'id', request.agent(t.app));
    expect(response.status).toBe(401);
  });
});
