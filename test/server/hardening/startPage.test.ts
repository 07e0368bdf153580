/** Without the web build, the start page lists the instances: only for logged-in users. */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.ts';
import { START_TIMEOUT_MS } from '../support/engines.ts';
import { fixtureJson } from '../support/fixtures.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
  await t.planner.post('/api/instances?id=tiny').send(fixtureJson('tiny')).expect(201);
}, START_TIMEOUT_MS);
afterAll(async () => {
  await t.close();
});

describe('GET / without the web build', () => {
  it('answers 401 unauthenticated in the error shape without a session, naming no instance', async () => {
    const response = await request(t.app).get('/');
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('unauthenticated');
    expect(response.text).not.toContain('tiny');
  });

  it('shows the loaded instances to a logged-in user', async () => {
    const response = await t.planner.get('/');
    expect(response.status).toBe(200);
    expect(response.text).toContain('tiny');
  });
});
