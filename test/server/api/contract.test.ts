/** The contract (api/) reads what the server really answers: each answer parses with its schema. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { auditPage } from '../../../api/audit.ts';
import { calendarView } from '../../../api/calendar.ts';
import { errorBody } from '../../../api/errors.ts';
import { eventsResult } from '../../../api/events.ts';
import { bedTree, instanceList, instanceSeries } from '../../../api/instances.ts';
import { jobStarted, solveJob } from '../../../api/jobs.ts';
import { overrideResult, ruleBroken } from '../../../api/overrides.ts';
import { planDiffAnswer, planList, planRecord } from '../../../api/plans.ts';
import { health } from '../../../api/service.ts';
import { session } from '../../../api/session.ts';
import { userList } from '../../../api/users.ts';
import { tinyValidPlan } from '../../support/tinyValidPlan.ts';
import { testApp, type TestApp } from '../support/app.ts';
import { START_TIMEOUT_MS } from '../support/engines.ts';
import { fixtureJson } from '../support/fixtures.ts';
import { loginAs } from '../support/session.ts';

let t: TestApp;
let planId: number;
let otherId: number;
beforeAll(async () => {
  t = await testApp();
  await t.planner.post('/api/instances?id=tiny').send(fixtureJson('tiny')).expect(201);
  planId = (await t.planner.post('/api/instances/tiny/plans').send(tinyValidPlan()).expect(201)).body.id;
  otherId = (await t.planner.post('/api/instances/tiny/plans').send(tinyValidPlan()).expect(201)).body.id;
}, START_TIMEOUT_MS);
afterAll(async () => {
  await t.close();
});

/** The issues of `body` against `schema` (none when it parses). */
const issuesOf = (schema: z.ZodType, body: unknown) => schema.safeParse(body).error?.issues ?? [];

describe('the contract reads', () => {
  it('the health answer', async () => {
    expect(issuesOf(health, (await t.planner.get('/api/health').expect(200)).body)).toEqual([]);
  });

  it('the session of a logged-in user', async () => {
    expect(issuesOf(session, (await t.planner.get('/api/session').expect(200)).body)).toEqual([]);
  });

  it('the list of instances', async () => {
    const { body } = await t.planner.get('/api/instances').expect(200);
    expect(issuesOf(instanceList.min(1), body)).toEqual([]);
  });

  it('the bed tree of an instance', async () => {
    expect(issuesOf(bedTree, (await t.planner.get('/api/instances/tiny/beds').expect(200)).body)).toEqual([]);
  });

  it('the people and series of an exported instance', async () => {
    const { body } = await t.planner.get('/api/instances/tiny').expect(200);
    expect(issuesOf(instanceSeries, body)).toEqual([]);
  });

  it('the plan versions of an instance', async () => {
    const { body } = await t.planner.get('/api/instances/tiny/plans').expect(200);
    expect(issuesOf(planList.min(1), body)).toEqual([]);
  });

  it('one plan version with its stays', async () => {
    const { body } = await t.planner.get(`/api/plans/${planId}`).expect(200);
    expect(issuesOf(planRecord, body)).toEqual([]);
  });

  it('the calendar of every bed, with fixed stays and a waiting list', async () => {
    const { body } = await t.planner.get(`/api/plans/${planId}/calendar`).expect(200);
    expect(issuesOf(calendarView, body)).toEqual([]);
  });

  it('the diff of two plan versions', async () => {
    const { body } = await t.planner.get(`/api/plans/${planId}/diff/${otherId}`).expect(200);
    expect(issuesOf(planDiffAnswer, body)).toEqual([]);
  });

  it('a written override with the stay as the calendar shows it', async () => {
    const { body } = await t.planner
      .post(`/api/plans/${planId}/overrides`)
      .set('If-Match', '"1"')
      .send({ action: 'pin', ref: { requestId: 'R1' }, pinned: true })
      .expect(200);
    expect(issuesOf(overrideResult, body)).toEqual([]);
  });

  it('an override refused as rule_broken, with its details', async () => {
    const { body } = await t.planner
      .post(`/api/plans/${otherId}/overrides`)
      .set('If-Match', '"1"')
      .send({
        action: 'move',
        ref: { requestId: 'R2' },
        bedId: 'C1-W1-R2-B1',
        start: '2027-01-05',
        end: '2027-01-12',
      })
      .expect(409);
    expect([...issuesOf(errorBody, body), ...issuesOf(ruleBroken, body.error.details)]).toEqual([]);
  });

  it('the draft that staff events make', async () => {
    const { body } = await t.planner
      .post(`/api/plans/${otherId}/events`)
      .send({
        today: '2027-01-10',
        events: [{ type: 'earlyDeparture', requestId: 'R1', date: '2027-01-12' }],
      })
      .expect(201);
    expect(issuesOf(eventsResult, body)).toEqual([]);
  });

  it('a started solve job and the job as it runs', async () => {
    const started = await t.planner
      .post('/api/instances/tiny/solve')
      .send({ timeLimitSeconds: 1 })
      .expect(202);
    const job = await t.planner.delete(`/api/jobs/${started.body.jobId}`).expect(202);
    expect([...issuesOf(jobStarted, started.body), ...issuesOf(solveJob, job.body)]).toEqual([]);
  });

  it('the users and the audit log an admin reads', async () => {
    const admin = await loginAs(t, 'admin');
    const users = await admin.get('/api/users').expect(200);
    const audit = await admin.get('/api/audit').expect(200);
    expect([...issuesOf(userList, users.body), ...issuesOf(auditPage, audit.body)]).toEqual([]);
  });
});
