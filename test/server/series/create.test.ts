import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { START_TIMEOUT_MS } from '../support/engines.ts';
import { testApp, type TestApp } from '../support/app.ts';
import { fixtureJson } from '../support/fixtures.ts';
import { seriesState, threeSix } from './support.ts';

let t: TestApp;
let made = 0;

/** A fresh copy of fixtures/tiny.json, so each test starts from the same series. */
const freshInstance = async () => {
  made += 1;
  const id = `series-${made}`;
  await t.planner.post(`/api/instances?id=${id}`).send(fixtureJson('tiny')).expect(201);
  return id;
};

beforeAll(async () => {
  t = await testApp();
}, START_TIMEOUT_MS);
afterAll(async () => {
  await t.close();
});

describe('POST /api/instances/:id/series', () => {
  it('stores a new series and answers 201 with it as saved', async () => {
    const id = await freshInstance();
    const response = await t.planner.post(`/api/instances/${id}/series`).send(threeSix());
    expect(response.status).toBe(201);
    expect(response.body).toEqual(threeSix());
  });

  it('exports the new series after the instance’s others, pins and all', async () => {
    const id = await freshInstance();
    await t.planner.post(`/api/instances/${id}/series`).send(threeSix()).expect(201);
    const exported = await t.planner.get(`/api/instances/${id}`).expect(200);
    expect(exported.body.series.map((s: { id: string }) => s.id)).toEqual(['S1', 'S2', 'S-NY']);
    expect(exported.body.series[2]).toEqual(threeSix());
  });

  it('fills in the format’s defaults for fields left out', async () => {
    const id = await freshInstance();
    const { kind: _kind, flexDays: _flex, pins: _pins, preferredCentres: _pref, ...bare } = threeSix();
    const response = await t.planner.post(`/api/instances/${id}/series`).send(bare);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ kind: 'rullering', flexDays: 0, pins: [], preferredCentres: [] });
  });

  it('refuses an id the instance already has with 409 duplicate_id', async () => {
    const id = await freshInstance();
    const response = await t.planner.post(`/api/instances/${id}/series`).send(threeSix('S1'));
    expect(response.status).toBe(409);
    expect(response.body.error).toEqual({
      code: 'duplicate_id',
      message: 'det finnes allerede en serie med id S1',
      details: { path: 'body.id' },
    });
  });

  it('refuses the same new series sent twice the second time', async () => {
    const id = await freshInstance();
    await t.planner.post(`/api/instances/${id}/series`).send(threeSix()).expect(201);
    const again = await t.planner.post(`/api/instances/${id}/series`).send(threeSix());
    expect(again.status).toBe(409);
    expect(await seriesState(t.db, id)).toEqual({ series: 3, phases: 4, pins: 2, audit: 1 });
  });

  it('stores one of two identical series sent at once and refuses the other', async () => {
    const id = await freshInstance();
    const statuses = await Promise.all(
      [1, 2].map(async () => (await t.planner.post(`/api/instances/${id}/series`).send(threeSix())).status),
    );
    expect(statuses.sort()).toEqual([201, 409]);
    expect(await seriesState(t.db, id)).toEqual({ series: 3, phases: 4, pins: 2, audit: 1 });
  });

  it('answers 404 for an unknown instance', async () => {
    const response = await t.planner.post('/api/instances/no-such/series').send(threeSix());
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('not_found');
  });
});

describe('a series the instance cannot hold', () => {
  const refused = async (change: Record<string, unknown>) => {
    const id = await freshInstance();
    const before = await seriesState(t.db, id);
    const response = await t.planner.post(`/api/instances/${id}/series`).send({ ...threeSix(), ...change });
    expect(await seriesState(t.db, id)).toEqual(before);
    return response;
  };

  it('names an unknown person with 422 in bokmål', async () => {
    const response = await refused({ personId: 'P99' });
    expect(response.status).toBe(422);
    expect(response.body.error).toEqual({
      code: 'invalid_series',
      message: 'serien kan ikke lagres: personId: ukjent person P99',
      details: [{ path: 'body.personId', message: 'ukjent person P99' }],
    });
  });

  it('names a pin on an unknown bed', async () => {
    const response = await refused({ pins: [{ occurrence: 0, bedId: 'NO-BED' }] });
    expect(response.status).toBe(422);
    expect(response.body.error.details).toEqual([
      { path: 'body.pins.0.bedId', message: 'ukjent seng NO-BED' },
    ]);
  });

  it('names an unknown preferred centre', async () => {
    const response = await refused({ preferredCentres: ['C9'] });
    expect(response.status).toBe(422);
    expect(response.body.error.details).toEqual([
      { path: 'body.preferredCentres.0', message: 'ukjent senter C9' },
    ]);
  });

  it('names required tags no bed has', async () => {
    const response = await refused({ requiredTags: ['rullering', 'bariatrisk'], pins: [] });
    expect(response.status).toBe(422);
    expect(response.body.error.details).toEqual([
      { path: 'body.requiredTags', message: 'ingen seng har stikkordene rullering, bariatrisk' },
    ]);
  });

  it('names a pin on a bed without the required tags', async () => {
    const response = await refused({ pins: [{ occurrence: 0, bedId: 'C1-W1-R1-B1' }] });
    expect(response.status).toBe(422);
    expect(response.body.error.details).toEqual([
      { path: 'body.pins.0.bedId', message: 'seng C1-W1-R1-B1 har ikke stikkordene rullering' },
    ]);
  });

  it('names a pin past the last occurrence in the horizon', async () => {
    const response = await refused({ pins: [{ occurrence: 1, bedId: 'C2-W2-R1-B1' }] });
    expect(response.status).toBe(422);
    expect(response.body.error.details).toEqual([
      {
        path: 'body.pins.0.occurrence',
        message: 'serien har 1 opphold i planperioden; opphold 2 finnes ikke',
      },
    ]);
  });

  it('names a first start before the horizon', async () => {
    const response = await refused({ firstStart: { earliest: '2026-12-01', latest: '2027-01-04' } });
    expect(response.status).toBe(422);
    expect(response.body.error.details).toEqual([
      {
        path: 'body.firstStart.earliest',
        message: 'første opphold kan tidligst starte 2027-01-04, når planperioden begynner',
      },
    ]);
  });

  it('names a first start that leaves no stay before the end date', async () => {
    const response = await refused({
      firstStart: { earliest: '2027-03-01', latest: '2027-03-01' },
      pins: [],
    });
    expect(response.status).toBe(422);
    expect(response.body.error.details).toEqual([
      {
        path: 'body.firstStart.latest',
        message: 'første opphold må kunne starte før sluttdatoen 2027-03-01',
      },
    ]);
  });

  it('refuses a series outside the format with 400 naming the field', async () => {
    const response = await refused({ phases: [] });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('invalid_input');
    expect(response.body.error.details.map((d: { path: string }) => d.path)).toEqual(['body.phases']);
  });
});
