import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../server/app.ts';
import { Store } from '../server/db/store.ts';
import { seedDemo } from '../server/demo.ts';

describe('the placeholder server on the embedded database', () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    store = await Store.open(undefined);
    await seedDemo(store);
    app = createApp(store);
  });

  afterAll(async () => {
    await store.close();
  });

  it('answers the health check with the database status', async () => {
    const response = await request(app).get('/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok', database: true });
  });

  it('loads the demo instance on first start and only once', async () => {
    expect(await seedDemo(store)).toBe(false);
    const response = await request(app).get('/api/instances');
    expect(response.body).toEqual([{ id: 'demo', name: 'Demo: Bergen-lignende, 100 senger' }]);
  });

  it('summarises the demo instance', async () => {
    const response = await request(app).get('/api/instances/demo/summary');
    expect(response.status).toBe(200);
    expect(response.body.horizon).toEqual({ start: '2027-01-04', end: '2027-07-05' });
    expect(response.body.beds).toBeGreaterThanOrEqual(97);
    expect(response.body.beds).toBeLessThanOrEqual(103);
  });

  it('answers an unknown instance with the JSON error shape', async () => {
    const response = await request(app).get('/api/instances/nope/summary');
    expect(response.status).toBe(404);
    expect(response.body).toEqual({
      error: { code: 'not_found', message: 'no instance nope', details: null },
    });
  });

  it('answers an unknown API path with JSON, never an HTML page', async () => {
    const response = await request(app).get('/api/nothing-here');
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toMatch(/application\/json/);
    expect(response.body.error.code).toBe('not_found');
  });

  it('serves a start page in Norwegian that lists the demo data', async () => {
    const response = await request(app).get('/');
    expect(response.status).toBe(200);
    expect(response.text).toContain('<html lang="nb">');
    expect(response.text).toContain('Demo: Bergen-lignende, 100 senger');
  });
});
