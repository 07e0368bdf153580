import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { whatIfJob } from '../../../api/whatif.ts';
import { figureNames } from '../../../solver/scenario/figures.ts';
import { START_TIMEOUT_MS } from '../support/engines.ts';
import { testApp, type TestApp } from '../support/app.ts';
import { fixtureJson } from '../support/fixtures.ts';
import { loginAs } from '../support/session.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
  await t.planner.post('/api/instances?id=tiny').send(fixtureJson('tiny')).expect(201);
}, START_TIMEOUT_MS);
afterAll(async () => {
  await t.close();
});

const fourteenDays = {
  name: '14 dager',
  changes: [{ type: 'shortTermNorm', fromNights: 21, toNights: 14 }],
};

const startWhatIf = async (body: object) => {
  const response = await t.planner.post('/api/instances/tiny/whatif').send(body);
  expect(response.status).toBe(202);
  expect(response.headers.location).toBe(`/api/jobs/${response.body.jobId}`);
  return response.body.jobId as string;
};

const finishedJob = async (jobId: string) => {
  await t.jobs.settled(jobId);
  const response = await t.planner.get(`/api/jobs/${jobId}`);
  expect(response.status).toBe(200);
  return whatIfJob.parse(response.body);
};

describe('POST /api/instances/:id/whatif', () => {
  it('answers 202 and its job ends with the comparison of each figure, parsed by the contract', async () => {
    const job = await finishedJob(await startWhatIf({ scenarios: [fourteenDays], seeds: 2, iterations: 20 }));
    expect(job.status).toBe('done');
    expect(job.result?.seeds).toEqual([1, 2]);
    expect(job.result?.baseline.map((run) => run.seed)).toEqual([1, 2]);
    expect(job.result?.scenarios.map((s) => s.name)).toEqual(['14 dager']);
    expect(job.result?.scenarios[0]?.comparison.map((c) => c.figure)).toEqual([...figureNames]);
  });

  it('reports which scenario and seed each solve is, baseline first', async () => {
    const jobId = await startWhatIf({ scenarios: [fourteenDays], seeds: 2, iterations: 10 });
    const runs: unknown[] = [];
    t.jobs.subscribe(jobId, (event) => {
      if (event.type === 'run') runs.push(event.run);
    });
    await t.jobs.settled(jobId);
    expect(runs).toEqual([
      { scenario: null, seed: 1, run: 1, runs: 4 },
      { scenario: null, seed: 2, run: 2, runs: 4 },
      { scenario: '14 dager', seed: 1, run: 3, runs: 4 },
      { scenario: '14 dager', seed: 2, run: 4, runs: 4 },
    ]);
  });

  it('changes neither the instance nor its plans', async () => {
    const solve = await t.planner.post('/api/instances/tiny/solve').send({ timeLimitSeconds: 1, lp: 'none' });
    expect(solve.status).toBe(202);
    await t.jobs.settled(solve.body.jobId as string);
    const before = await t.planner.get('/api/instances/tiny').expect(200);
    const plansBefore = await t.planner.get('/api/instances/tiny/plans').expect(200);
    await finishedJob(await startWhatIf({ scenarios: [fourteenDays], iterations: 10 }));
    const after = await t.planner.get('/api/instances/tiny').expect(200);
    const plansAfter = await t.planner.get('/api/instances/tiny/plans').expect(200);
    expect(after.body).toEqual(before.body);
    expect(plansBefore.body).toHaveLength(1);
    expect(plansAfter.body).toEqual(plansBefore.body);
  });

  it('is cancelled by DELETE /api/jobs/:jobId without a result', async () => {
    const jobId = await startWhatIf({ scenarios: [fourteenDays], seeds: 5, iterations: 20_000 });
    await t.planner.delete(`/api/jobs/${jobId}`).expect(202);
    const job = await finishedJob(jobId);
    expect(job.status).toBe('cancelled');
    expect(job.result).toBeUndefined();
  });

  it('answers a bad scenario with 400 naming the field', async () => {
    const bad = await t.planner.post('/api/instances/tiny/whatif').send({
      scenarios: [{ name: 'x', changes: [{ type: 'shortTermNorm', fromNights: 0, toNights: 14 }] }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^body\.scenarios\.0\.changes\.0\.fromNights: /);
  });

  it.each(['staff', 'wardLeader'] as const)('refuses a %s with 403', async (role) => {
    const agent = await loginAs(t, role);
    const response = await agent.post('/api/instances/tiny/whatif').send({ scenarios: [fourteenDays] });
    expect(response.status).toBe(403);
  });
});
