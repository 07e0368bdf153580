import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { START_TIMEOUT_MS } from '../support/engines.ts';
import { testApp, type TestApp } from '../support/app.ts';
import { fixture, fixtureJson } from '../support/fixtures.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
  await t.planner.post('/api/instances?id=tiny&name=Tiny').send(fixtureJson('tiny')).expect(201);
}, START_TIMEOUT_MS);
afterAll(async () => {
  await t.close();
});

describe('importing an instance', () => {
  it('answers 201 with where it is and what it holds', async () => {
    const response = await t.planner
      .post('/api/instances?id=imported&name=Importert')
      .send(fixtureJson('tiny'));
    expect(response.status).toBe(201);
    expect(response.headers.location).toBe('/api/instances/imported');
    expect(response.body).toEqual({
      id: 'imported',
      name: 'Importert',
      createdAt: response.body.createdAt,
      summary: {
        horizon: { start: '2027-01-04', end: '2027-03-01' },
        turnoverDays: 1,
        centres: 2,
        wards: 4,
        beds: 9,
        people: 14,
        requests: 11,
        series: 2,
        fixed: 1,
      },
    });
  });

  it('gives the instance a fresh id when none is asked for', async () => {
    const response = await t.planner.post('/api/instances').send(fixtureJson('tiny'));
    expect(response.status).toBe(201);
    expect(response.headers.location).toBe(`/api/instances/${response.body.id}`);
  });

  it('refuses an id that is taken with 409', async () => {
    const response = await t.planner.post('/api/instances?id=tiny').send(fixtureJson('tiny'));
    expect(response.status).toBe(409);
    expect(response.body).toEqual({
      error: { code: 'conflict', message: 'det finnes allerede en instans med id tiny', details: null },
    });
  });

  it('refuses an id that is not URL-safe with 400 naming the query field', async () => {
    const response = await t.planner.post('/api/instances?id=a/b').send(fixtureJson('tiny'));
    expect(response.status).toBe(400);
    expect(response.body.error.details).toEqual([
      {
        path: 'query.id',
        message: 'letters, digits, - and _, at most 64, starting with a letter or digit',
      },
    ]);
  });

  it('refuses an instance that breaks the format with 400 naming the field', async () => {
    const broken = structuredClone(fixture('tiny'));
    const [first] = broken.requests;
    if (!first) throw new Error('tiny.json has requests');
    first.personId = 'NOBODY';
    const response = await t.planner.post('/api/instances').send(broken);
    expect(response.status).toBe(400);
    expect(response.body.error).toEqual({
      code: 'invalid_input',
      message: 'body.requests.0.personId: unknown person NOBODY',
      details: [{ path: 'body.requests.0.personId', message: 'unknown person NOBODY' }],
    });
  });

  it('counts the issues beyond the first in the message', async () => {
    const response = await t.planner.post('/api/instances').send({ version: 2 });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe('body.version: Ugyldig verdi: forventet 1 (og 3 til)');
    expect(response.body.error.details.map((d: { path: string }) => d.path)).toEqual([
      'body.version',
      'body.horizon',
      'body.centres',
      'body.people',
    ]);
  });

  it('stores nothing from an instance it refuses', async () => {
    const before = await t.planner.get('/api/instances');
    await t.planner.post('/api/instances?id=refused').send({ ...fixture('tiny'), version: 2 });
    const after = await t.planner.get('/api/instances');
    expect(after.body).toEqual(before.body);
  });
});

describe('reading instances', () => {
  it('lists the stored instances oldest first', async () => {
    const response = await t.planner.get('/api/instances');
    expect(response.status).toBe(200);
    expect(response.body[0]).toMatchObject({ id: 'tiny', name: 'Tiny' });
  });

  it('exports an instance exactly as parsed on import', async () => {
    const response = await t.planner.get('/api/instances/tiny');
    expect(response.status).toBe(200);
    expect(response.body).toEqual(fixture('tiny'));
  });

  it('answers an unknown instance with 404', async () => {
    const response = await t.planner.get('/api/instances/nope');
    expect(response.status).toBe(404);
    expect(response.body).toEqual({
      error: { code: 'not_found', message: 'finner ikke instansen nope', details: null },
    });
  });

  it('gives the bed tree: centres, wards, rooms and beds', async () => {
    const response = await t.planner.get('/api/instances/tiny/beds');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ centres: fixture('tiny').centres });
  });

  it('answers the bed tree of an unknown instance with 404', async () => {
    const response = await t.planner.get('/api/instances/nope/beds');
    expect(response.status).toBe(404);
  });

  it('gives the waiting list in the order imported', async () => {
    const response = await t.planner.get('/api/instances/tiny/requests');
    expect(response.status).toBe(200);
    expect(response.body).toEqual(fixture('tiny').requests);
  });

  it('answers the waiting list of an unknown instance with 404', async () => {
    const response = await t.planner.get('/api/instances/nope/requests');
    expect(response.status).toBe(404);
  });
});

describe('a Bergen-size instance', () => {
  it(
    'is imported and exported whole through the API',
    async () => {
      const imported = await t.planner.post('/api/instances?id=bergen').send(fixtureJson('bergen'));
      expect(imported.status).toBe(201);
      expect(imported.body.summary.beds).toBe(470);
      const exported = await t.planner.get('/api/instances/bergen');
      expect(exported.body).toEqual(fixture('bergen'));
    },
    START_TIMEOUT_MS,
  );
});
