/** Security headers on every answer, and no caching of anything that may carry person data. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../server/app.ts';
import { testApp, type TestApp } from '../support/app.ts';
import { START_TIMEOUT_MS } from '../support/engines.ts';
import { fixtureJson } from '../support/fixtures.ts';
import { tinyPlan } from '../support/plans.ts';

let t: TestApp;
let planId = 0;
beforeAll(async () => {
  t = await testApp();
  await t.planner.post('/api/instances?id=tiny').send(fixtureJson('tiny')).expect(201);
  planId = (await t.planner.post('/api/instances/tiny/plans').send(tinyPlan()).expect(201)).body.id;
}, START_TIMEOUT_MS);
afterAll(async () => {
  await t.close();
});

const directives = (csp: string | undefined) =>
  new Map(
    (csp ?? '').split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values.join(' ')] as const;
    }),
  );

describe('security headers', () => {
  it('sends a Content-Security-Policy that forbids framing and foreign scripts', async () => {
    const response = await request(t.app).get('/api/health');
    const csp = directives(response.headers['content-security-policy']);
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(csp.get('script-src')).toBe("'self'");
    expect(csp.get('object-src')).toBe("'none'");
    expect(csp.get('default-src')).toBe("'self'");
  });

  it('sends X-Content-Type-Options: nosniff', async () => {
    const response = await request(t.app).get('/api/health');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('sends Referrer-Policy: no-referrer and X-Frame-Options: DENY', async () => {
    const response = await request(t.app).get('/api/health');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['x-frame-options']).toBe('DENY');
  });

  it('sends them on an error answer too', async () => {
    const response = await request(t.app).get('/api/no-such-thing');
    expect(response.status).toBe(404);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('sends them with the built web app', async () => {
    const root = await mkdtemp(join(tmpdir(), 'sengeplan-web-'));
    await writeFile(join(root, 'index.html'), '<!doctype html><title>Sengeplan</title>');
    const response = await request(createApp({ db: t.db, jobs: t.jobs, webRoot: root }))
      .get('/')
      .set('Accept', 'text/html');
    expect(response.status).toBe(200);
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('Cache-Control', () => {
  it.each([
    ['the calendar of a plan', () => `/api/plans/${planId}/calendar`],
    ['a plan version', () => `/api/plans/${planId}`],
    ['the waiting list', () => '/api/instances/tiny/requests'],
    ['the instance export', () => '/api/instances/tiny'],
    ['the ward iCalendar', () => '/api/wards/C1-W1/calendar.ics?instance=tiny'],
    ['who is logged in', () => '/api/session'],
  ])('is no-store on %s', async (_what, path) => {
    const response = await t.planner.get(path());
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('is no-store on a refusal', async () => {
    const response = await request(t.app).get('/api/session');
    expect(response.status).toBe(401);
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('is not set on the health check', async () => {
    const response = await request(t.app).get('/api/health');
    expect(response.headers['cache-control']).toBeUndefined();
  });
});
