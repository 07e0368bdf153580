/** Hostile bodies are refused in the error shape, before any login, and never crash a handler. */
import { deflateSync, gzipSync } from 'node:zlib';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, nestsDeeperThan } from '../../../server/http/body.ts';
import { testApp, type TestApp } from '../support/app.ts';
import { START_TIMEOUT_MS } from '../support/engines.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
}, START_TIMEOUT_MS);
afterAll(async () => {
  await t.close();
});

const login = JSON.stringify({ username: 'nobody', password: 'wrong-password' });

const postSession = (body: string | Buffer, encoding?: string) => {
  let pending = request(t.app).post('/api/session').set('Content-Type', 'application/json');
  if (encoding) pending = pending.set('Content-Encoding', encoding);
  // As written: superagent would otherwise serialize a Buffer as JSON.
  return pending.serialize((data: unknown) => data as string).send(body as string);
};

describe('JSON nesting', () => {
  it('refuses 10,000 nested brackets on POST /api/session with 400 too_deep', async () => {
    const response = await postSession('['.repeat(10_000) + ']'.repeat(10_000));
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ code: 'too_deep', details: null });
  });

  it('refuses 10,000 nested objects inside a field with 400 too_deep', async () => {
    const response = await postSession(`{"username":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('too_deep');
  });

  it('counts no bracket inside a string', () => {
    const text = JSON.stringify({ name: '['.repeat(MAX_JSON_DEPTH * 2) });
    expect(nestsDeeperThan(Buffer.from(text), MAX_JSON_DEPTH)).toBe(false);
  });

  it('counts brackets after an escaped quote inside a string', () => {
    const text = `{"a":"\\"",${'"b":{'.repeat(MAX_JSON_DEPTH)}}`;
    expect(nestsDeeperThan(Buffer.from(text), MAX_JSON_DEPTH)).toBe(true);
  });
});

describe('Content-Encoding', () => {
  it('refuses gzip that is not gzip with 400 invalid_encoding', async () => {
    const response = await postSession(login, 'gzip');
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ code: 'invalid_encoding', details: null });
  });

  it('refuses deflate that is not deflate with 400 invalid_encoding', async () => {
    const response = await postSession(login, 'deflate');
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('invalid_encoding');
  });

  it.each(['br', 'zstd', 'compress', 'gzip, br', 'x-unknown'])(
    'refuses Content-Encoding %s with 415 unsupported_encoding',
    async (encoding) => {
      const response = await postSession(login, encoding);
      expect(response.status).toBe(415);
      expect(response.body.error).toMatchObject({ code: 'unsupported_encoding', details: null });
    },
  );

  it('reads a real gzip body (the login is then judged: 401)', async () => {
    const response = await postSession(gzipSync(login), 'gzip');
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('invalid_credentials');
  });

  it('reads a real deflate body (the login is then judged: 401)', async () => {
    const response = await postSession(deflateSync(login), 'deflate');
    expect(response.status).toBe(401);
  });

  it('refuses a CSV upload in gzip that is not gzip with 400 invalid_encoding', async () => {
    const response = await t.planner
      .post('/api/instances/tiny/requests.csv')
      .set('Content-Type', 'text/csv')
      .set('Content-Encoding', 'gzip')
      .send('id;person\n');
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('invalid_encoding');
  });
});
