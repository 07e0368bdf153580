import request from 'supertest';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_LIMIT, createApp } from '../../../server/app.ts';
import type { Database } from '../../../server/db/database.ts';
import { DEMO, seedDemo } from '../../../server/demo.ts';
import { createLogger } from '../../../server/log.ts';
import { START_TIMEOUT_MS } from '../support/engines.ts';
import { testApp, type TestApp } from '../support/app.ts';
import { registeredRoutes } from '../support/routes.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
}, START_TIMEOUT_MS);
afterAll(async () => {
  await t.close();
});

const failingDb = (): Database => ({
  ...t.db,
  query: () => Promise.reject(new Error('connection refused at 10.0.0.1 with password hunter2')),
});

describe('health', () => {
  it('answers ok when the database answers', async () => {
    const response = await t.planner.get('/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok', database: true });
  });

  it('answers 503 degraded when the database does not answer', async () => {
    const response = await request(createApp({ db: failingDb() })).get('/api/health');
    expect(response.status).toBe(503);
    expect(response.body).toEqual({ status: 'degraded', database: false });
  });
});

describe('errors, always in the one JSON shape', () => {
  it('answers an unknown API path with 404 JSON', async () => {
    const response = await t.planner.get('/api/nothing-here');
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.body).toEqual({
      error: { code: 'not_found', message: 'finner ikke endepunktet GET /api/nothing-here', details: null },
    });
  });

  it('answers an unknown path outside the API with 404 JSON too, never an HTML page', async () => {
    const response = await t.planner.get('/nothing.html');
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('not_found');
  });

  it('answers a known path with an unsupported method with 404 JSON', async () => {
    const response = await t.planner.delete('/api/instances');
    expect(response.status).toBe(404);
    expect(response.body.error.message).toBe('finner ikke endepunktet DELETE /api/instances');
  });

  it('answers a body that is not JSON with 400 invalid_json', async () => {
    const response = await t.planner
      .post('/api/instances')
      .set('Content-Type', 'application/json')
      .send('{"version": 1,');
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      error: {
        code: 'invalid_json',
        message: 'innholdet i forespørselen er ikke gyldig JSON',
        details: null,
      },
    });
  });

  it(`answers a body over ${BODY_LIMIT} with 413 payload_too_large`, async () => {
    const response = await t.planner
      .post('/api/instances')
      .set('Content-Type', 'application/json')
      .send(`{"padding":"${'x'.repeat(17 * 1024 * 1024)}"}`);
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe('payload_too_large');
  });

  it('answers a body sent as something other than JSON with 415', async () => {
    const response = await t.planner.post('/api/instances').set('Content-Type', 'text/plain').send('hello');
    expect(response.status).toBe(415);
    expect(response.body.error.code).toBe('unsupported_media_type');
  });

  it('answers an unexpected failure with 500 internal and nothing of its cause', async () => {
    const response = await request(createApp({ db: failingDb() }))
      .get('/api/instances')
      .set('Cookie', 'sengeplan_session=some-token');
    expect(response.status).toBe(500);
    expect(response.body).toEqual({
      error: { code: 'internal', message: 'intern feil på serveren', details: null },
    });
  });
});

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 with its schemas under components', async () => {
    const response = await t.planner.get('/api/openapi.json');
    expect(response.status).toBe(200);
    expect(response.body.openapi).toBe('3.1.0');
    expect(Object.keys(response.body.components.schemas)).toEqual(
      expect.arrayContaining(['Instance', 'InstanceInput', 'Plan', 'PlanInput', 'Error']),
    );
  });

  it('lists every route the app has registered, with its method', async () => {
    const { body } = await t.planner.get('/api/openapi.json');
    const documented = Object.entries(body.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const registered = registeredRoutes(t.app).map((r) => r.replace(/:(\w+)/g, '{$1}'));
    expect(registered.length).toBeGreaterThanOrEqual(13);
    expect(documented.sort()).toEqual(registered.sort());
  });

  it('documents the request body of an import as the v1 instance, read as input', async () => {
    const { body } = await t.planner.get('/api/openapi.json');
    expect(body.paths['/api/instances'].post.requestBody.content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/InstanceInput',
    });
    expect(body.components.schemas.InstanceInput.required).toEqual([
      'version',
      'horizon',
      'centres',
      'people',
    ]);
  });

  it('documents path parameters by name', async () => {
    const { body } = await t.planner.get('/api/openapi.json');
    const parameters = body.paths['/api/plans/{planId}/diff/{otherId}'].get.parameters;
    expect(parameters.map((p: { name: string; in: string }) => `${p.in}:${p.name}`)).toEqual([
      'path:planId',
      'path:otherId',
    ]);
  });
});

describe('the start page', () => {
  it('lists the demo instance in Norwegian after the first start', async () => {
    expect(await seedDemo(t.db)).toBe(true);
    const response = await t.planner.get('/');
    expect(response.status).toBe(200);
    expect(response.text).toContain('<html lang="nb">');
    expect(response.text).toContain('Innlastede planleggingsgrunnlag');
    expect(response.text).toContain(DEMO.name);
  });

  it('loads the demo only into an empty database', async () => {
    expect(await seedDemo(t.db)).toBe(false);
  });
});

describe('request logs', () => {
  const logged = async (send: (app: ReturnType<typeof createApp>) => Promise<unknown>) => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        done();
      },
    });
    await send(createApp({ db: t.db, logger: createLogger('info', sink) }));
    await new Promise((resolve) => setImmediate(resolve));
    return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  };

  it('writes one line per request with method, path, status and milliseconds', async () => {
    const lines = await logged((app) => request(app).get('/api/health'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ msg: 'request', method: 'GET', path: '/api/health', status: 200 });
    expect(lines[0]?.ms).toEqual(expect.any(Number));
  });

  it('logs neither the body nor the query string', async () => {
    const lines = await logged((app) =>
      request(app).post('/api/instances?name=Kari%20Nordmann').send({ version: 1, secret: 'Ola Nordmann' }),
    );
    expect(lines).toHaveLength(1);
    expect(JSON.stringify(lines)).not.toMatch(/Nordmann/);
    expect(lines[0]).toMatchObject({ path: '/api/instances', status: 401 });
  });
});
