import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { START_TIMEOUT_MS } from '../support/engines.ts';
import { testApp, type TestApp } from '../support/app.ts';
import { fixture, fixtureJson } from '../support/fixtures.ts';
import { tinyPlan, tinyPlanChanged } from '../support/plans.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
  await t.planner.post('/api/instances?id=tiny').send(fixtureJson('tiny')).expect(201);
}, START_TIMEOUT_MS);
afterAll(async () => {
  await t.close();
});

const feed = (wardId: string, instance = 'tiny') =>
  t.planner.get(`/api/wards/${wardId}/calendar.ics?instance=${instance}`);

const publish = async (plan: object) => {
  const saved = await t.planner.post('/api/instances/tiny/plans').send(plan).expect(201);
  await t.planner.post(`/api/plans/${saved.body.id}/publish`).expect(200);
};

const summaries = (text: string) =>
  text
    .replaceAll('\r\n ', '')
    .split('\r\n')
    .filter((line) => line.startsWith('SUMMARY:'));

describe("a ward's calendar feed", () => {
  it('shows only the fixed stays before any plan is published', async () => {
    const response = await feed('C1-W1');
    expect(response.status).toBe(200);
    expect(summaries(response.text)).toEqual(['SUMMARY:C1-W1-R2-B1: Pågående opphold']);
  });

  it('is text/calendar in UTF-8 with CRLF line ends and no line over 75 octets', async () => {
    await publish(tinyPlan());
    const response = await feed('C1-W1');
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(response.text.replaceAll('\r\n', '').includes('\n')).toBe(false);
    expect(response.text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
  });

  it('follows the latest published plan and not a newer draft', async () => {
    await publish(tinyPlanChanged());
    await t.planner.post('/api/instances/tiny/plans').send(tinyPlan()).expect(201);
    const response = await feed('C1-W1');
    expect(summaries(response.text)).toEqual([
      'SUMMARY:C1-W1-R2-B1: Pågående opphold',
      'SUMMARY:C1-W1-R2-B2: Korttidsopphold',
    ]);
  });

  it('names no person and no request, series or fixed stay', async () => {
    const response = await feed('C1-W1');
    const instance = fixture('tiny');
    const ids = [
      ...instance.people.map((p) => p.id),
      ...instance.requests.map((r) => r.id),
      'S1',
      'S2',
      'F1',
    ];
    const words = new Set(response.text.replaceAll('\r\n ', '').split(/[^\wÆØÅæøå-]+/));
    expect(ids.filter((id) => words.has(id))).toEqual([]);
  });

  it('answers an unknown ward with 404', async () => {
    const response = await feed('NO-SUCH-WARD');
    expect(response.status).toBe(404);
    expect(response.body.error.message).toBe('finner ikke avdelingen NO-SUCH-WARD i instansen tiny');
  });

  it('answers an unknown instance with 404', async () => {
    const response = await feed('C1-W1', 'nope');
    expect(response.status).toBe(404);
    expect(response.body.error.message).toBe('finner ikke instansen nope');
  });

  it('answers a missing instance parameter with 400 naming it', async () => {
    const response = await t.planner.get('/api/wards/C1-W1/calendar.ics');
    expect(response.status).toBe(400);
    expect(response.body.error.details).toEqual([
      { path: 'query.instance', message: 'Ugyldig input: forventet string, fikk undefined' },
    ]);
  });
});
