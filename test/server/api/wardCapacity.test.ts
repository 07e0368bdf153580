/** A ward staffed for fewer beds than it has, through the API: import, bed tree, bed CSV, export. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.ts';
import { START_TIMEOUT_MS } from '../support/engines.ts';
import { fixtureJson } from '../support/fixtures.ts';
import { loginAs, type Agent } from '../support/session.ts';
import { csvFixture } from '../csv/support.ts';

let t: TestApp;
let planner: Agent;

beforeAll(async () => {
  t = await testApp();
  planner = await loginAs(t, 'planner');
}, START_TIMEOUT_MS);
afterAll(async () => {
  await t.close();
});

const february = { start: '2027-02-01', end: '2027-03-01', beds: 2 };

/** tiny.json with ward C1-W1 (4 beds) staffed for 2 beds in February, imported under `id`. */
async function cappedTiny(id: string) {
  const raw = fixtureJson('tiny') as { centres: { wards: { capacity?: unknown }[] }[] };
  (raw.centres[0]?.wards[0] as { capacity?: unknown }).capacity = [february];
  await planner.post(`/api/instances?id=${id}`).send(raw).expect(201);
}

const wardsOf = async (id: string) =>
  (
    (await planner.get(`/api/instances/${id}/beds`).expect(200)).body.centres as {
      wards: { id: string; capacity?: unknown }[];
    }[]
  ).flatMap((c) => c.wards);

describe('a ward staffed for fewer beds than it has', () => {
  it('the bed tree shows the capacity periods of the capped ward only', async () => {
    await cappedTiny('capped-tree');
    expect((await wardsOf('capped-tree')).map((w) => [w.id, w.capacity])).toEqual([
      ['C1-W1', [february]],
      ['C1-W2', undefined],
      ['C2-W1', undefined],
      ['C2-W2', undefined],
    ]);
  });

  it('a bed CSV without the bemanning column keeps the stored capacity', async () => {
    await cappedTiny('capped-csv');
    await planner
      .post('/api/instances/capped-csv/beds.csv')
      .set('Content-Type', 'text/csv; charset=utf-8')
      .send(csvFixture('tiny-beds'))
      .expect(200);
    expect((await wardsOf('capped-csv'))[0]?.capacity).toEqual([february]);
  });

  it('a bed CSV with a bemanning column replaces the stored capacity', async () => {
    await cappedTiny('capped-csv-2');
    const [head = '', ...rows] = csvFixture('tiny-beds').trim().split('\n');
    const text = [
      `${head};bemanning`,
      ...rows.map((row) => `${row};${row.includes(';C1-W1;') ? '2027-07-01/2027-08-01=1' : ''}`),
    ].join('\n');
    await planner
      .post('/api/instances/capped-csv-2/beds.csv')
      .set('Content-Type', 'text/csv; charset=utf-8')
      .send(text)
      .expect(200);
    const exported = (await planner.get('/api/instances/capped-csv-2').expect(200)).body;
    expect(exported.centres[0].wards[0].capacity).toEqual([
      { start: '2027-07-01', end: '2027-08-01', beds: 1 },
    ]);
  });
});
