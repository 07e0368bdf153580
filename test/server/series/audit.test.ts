import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../server/app.ts';
import type { Database, Queryable } from '../../../server/db/database.ts';
import { START_TIMEOUT_MS } from '../support/engines.ts';
import { testApp, type TestApp } from '../support/app.ts';
import { fixtureJson } from '../support/fixtures.ts';
import { loginAs, type Agent } from '../support/session.ts';
import { seriesState, threeSix } from './support.ts';

let t: TestApp;
let plannerName = '';

/** The same database, except that writing an audit row fails while `failAudit` is set. */
let failAudit = false;
const refusingAudit = (q: Queryable): Queryable => ({
  query: (sql, params) =>
    failAudit && sql.includes('INSERT INTO audit')
      ? Promise.reject(new Error('the audit is full'))
      : q.query(sql, params),
});
const withFailingAudit = (db: Database): Database => ({
  engine: db.engine,
  close: () => db.close(),
  query: refusingAudit(db).query,
  transaction: (fn) => db.transaction((tx) => fn(refusingAudit(tx))),
});

beforeAll(async () => {
  t = await testApp();
  await t.planner.post('/api/instances?id=tiny').send(fixtureJson('tiny')).expect(201);
  plannerName = (await t.planner.get('/api/session')).body.user.username;
}, START_TIMEOUT_MS);
afterAll(async () => {
  await t.close();
});

describe('the audit of a new series', () => {
  it('writes who added which series, with the series as it was saved', async () => {
    await t.planner.post('/api/instances/tiny/series').send(threeSix('S-AUDIT')).expect(201);
    const rows = await t.db.query(
      'SELECT username, role, action, object, before, after FROM audit WHERE object = $1',
      ['instance/tiny/series/S-AUDIT'],
    );
    expect(rows).toEqual([
      {
        username: plannerName,
        role: 'planner',
        action: 'series.create',
        object: 'instance/tiny/series/S-AUDIT',
        before: null,
        after: threeSix('S-AUDIT'),
      },
    ]);
  });

  it('writes no audit row for a refused series', async () => {
    await t.planner
      .post('/api/instances/tiny/series')
      .send({ ...threeSix('S-BAD'), personId: 'P99' })
      .expect(422);
    const rows = await t.db.query('SELECT id FROM audit WHERE object = $1', ['instance/tiny/series/S-BAD']);
    expect(rows).toEqual([]);
  });
});

describe('a series whose audit row cannot be written', () => {
  let planner: Agent;
  beforeAll(async () => {
    const app = createApp({ db: withFailingAudit(t.db) });
    planner = await loginAs({ app, db: t.db }, 'planner');
  });

  it('is not stored at all: no series, phase or pin is left behind', async () => {
    const before = await seriesState(t.db, 'tiny');
    failAudit = true;
    const response = await planner.post('/api/instances/tiny/series').send(threeSix('S-HALF'));
    failAudit = false;
    expect(response.status).toBe(500);
    expect(await seriesState(t.db, 'tiny')).toEqual(before);
  });
});
