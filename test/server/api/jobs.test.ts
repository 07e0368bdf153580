import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPlan } from '../../../solver/checker/index.ts';
import { plan as planSchema } from '../../../solver/formats.ts';
import { START_TIMEOUT_MS } from '../support/engines.ts';
import { testApp, type TestApp } from '../support/app.ts';
import { fixture, fixtureJson } from '../support/fixtures.ts';
import { loginAs } from '../support/session.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
  await t.planner.post('/api/instances?id=tiny').send(fixtureJson('tiny')).expect(201);
  await t.planner.post('/api/instances?id=small').send(fixtureJson('small')).expect(201);
}, START_TIMEOUT_MS);
afterAll(async () => {
  await t.close();
});

interface JobBody {
  id: string;
  instanceId: string;
  status: 'running' | 'done' | 'cancelled' | 'failed';
  progress: { phase: string; iterations: number } | null;
  planId?: number;
  figures?: Record<string, number>;
  error?: string;
}

const startSolve = async (instanceId: string, body: object) => {
  const response = await t.planner.post(`/api/instances/${instanceId}/solve`).send(body);
  expect(response.status).toBe(202);
  expect(response.headers.location).toBe(`/api/jobs/${response.body.jobId}`);
  return response.body.jobId as string;
};

const getJob = async (jobId: string): Promise<JobBody> => {
  const response = await t.planner.get(`/api/jobs/${jobId}`);
  expect(response.status).toBe(200);
  return response.body as JobBody;
};

/** Waits for the job to end (no clock: the manager says when its plan is saved). */
const finished = async (jobId: string): Promise<JobBody> => {
  await t.jobs.settled(jobId);
  return getJob(jobId);
};

/** The saved draft, parsed as a v1 plan and judged by the checker against the fixture. */
const savedPlanIsValid = async (planId: number, fixtureName: string) => {
  const response = await t.planner.get(`/api/plans/${planId}`);
  expect(response.status).toBe(200);
  expect(response.body.status).toBe('draft');
  const check = checkPlan(fixture(fixtureName), planSchema.parse(response.body.plan));
  expect(check.violations).toEqual([]);
  expect(check.valid).toBe(true);
  return response.body as { instanceId: string; stays: number };
};

/** The raw text of an event stream, read until the server ends it. */
const readEvents = (jobId: string) =>
  t.planner
    .get(`/api/jobs/${jobId}/events`)
    .buffer(true)
    .parse((res, callback) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => callback(null, text));
    });

const parseEvents = (text: string) =>
  text
    .split('\n\n')
    .filter((block) => block.trim() !== '')
    .map((block) => {
      const lines = block.split('\n');
      const name = lines.find((l) => l.startsWith('event: '))?.slice('event: '.length);
      const data = lines.find((l) => l.startsWith('data: '))?.slice('data: '.length);
      return { name, data: JSON.parse(data ?? 'null') as Record<string, unknown> };
    });

/** Resolves when the job reports progress in `phase` (or ends). */
const phaseReached = (jobId: string, phase: string) =>
  new Promise<void>((resolve) => {
    let unsubscribe: (() => void) | undefined = undefined;
    let reached = false;
    unsubscribe = t.jobs.subscribe(jobId, (event) => {
      if (reached || (event.type === 'progress' && event.progress.phase !== phase)) return;
      reached = true;
      queueMicrotask(() => unsubscribe?.());
      resolve();
    });
  });

describe('solve jobs', () => {
  it('runs a solve to done and saves its plan as a draft the checker accepts', async () => {
    const jobId = await startSolve('tiny', { timeLimitSeconds: 1, seed: 1 });
    const running = await getJob(jobId);
    expect(running).toMatchObject({ id: jobId, instanceId: 'tiny' });
    const job = await finished(jobId);
    expect(job.status).toBe('done');
    expect(job.progress?.phase).toBe('done');
    expect(job.planId).toEqual(expect.any(Number));
    expect(job.figures).toEqual(expect.objectContaining({ unplaced: expect.any(Number) }));
    const saved = await savedPlanIsValid(job.planId ?? 0, 'tiny');
    expect(saved.instanceId).toBe('tiny');
  });

  it('audits the draft a job saves in the name of the planner who started it', async () => {
    const jobId = await startSolve('tiny', { timeLimitSeconds: 1, seed: 1 });
    const job = await finished(jobId);
    const admin = await loginAs(t, 'admin');
    const planner = ((await t.planner.get('/api/session')).body as { user: { username: string } }).user;
    const audit = await admin.get(`/api/audit?object=plan/${job.planId}`).expect(200);
    const saves = (audit.body.entries as { username: string; role: string; action: string; after: object }[])
      .filter((e) => e.action === 'plan.save')
      .map(({ username, role, after }) => ({ username, role, after }));
    expect(saves).toEqual([
      {
        username: planner.username,
        role: 'planner',
        after: expect.objectContaining({ id: job.planId, instanceId: 'tiny', status: 'draft', jobId }),
      },
    ]);
  });

  it('streams progress as server-sent events, ending with done', async () => {
    const jobId = await startSolve('tiny', { timeLimitSeconds: 1, lp: 'jslp' });
    const response = await readEvents(jobId);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/event-stream/);
    const events = parseEvents(response.body as string);
    const last = events.at(-1);
    expect(last?.name).toBe('done');
    expect(last?.data).toMatchObject({ id: jobId, status: 'done' });
    const progress = events.slice(0, -1);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((e) => e.name === 'progress')).toBe(true);
    expect(progress.map((e) => e.data.phase)).toEqual(expect.arrayContaining(['guide', 'construct', 'done']));
    // A client that comes after the end gets the same events, and the stream ends.
    const replay = await readEvents(jobId);
    expect(parseEvents(replay.body as string)).toEqual(events);
  });

  it('refuses a job past the limit with 429 too_many_jobs', async () => {
    const first = await startSolve('tiny', { timeLimitSeconds: 30, lp: 'none' });
    const response = await t.planner.post('/api/instances/tiny/solve').send({ timeLimitSeconds: 1 });
    expect(response.status).toBe(429);
    expect(response.body.error.code).toBe('too_many_jobs');
    await t.planner.delete(`/api/jobs/${first}`).expect(202);
    expect((await finished(first)).status).toBe('cancelled');
  });

  it('cancels a job: it ends cancelled and its best plan so far is saved and valid', async () => {
    const jobId = await startSolve('tiny', { timeLimitSeconds: 60, lp: 'none' });
    // Cancel once the search runs, so the plan comes from the search being interrupted.
    await phaseReached(jobId, 'search');
    const response = await t.planner.delete(`/api/jobs/${jobId}`);
    expect(response.status).toBe(202);
    expect(response.body.id).toBe(jobId);
    const job = await finished(jobId);
    expect(job.status).toBe('cancelled');
    expect(job.error).toBeUndefined();
    await savedPlanIsValid(job.planId ?? 0, 'tiny');
  });

  it('keeps answering /api/health while a job solves small.json', async () => {
    // A limit far beyond the test: the job is still running when it is cancelled, however busy the machine.
    const jobId = await startSolve('small', { timeLimitSeconds: 120 });
    const searching = phaseReached(jobId, 'search');
    const measure = async (count: number) => {
      const latencies: number[] = [];
      for (let i = 0; i < count; i++) {
        const started = performance.now();
        const response = await t.planner.get('/api/health');
        latencies.push(performance.now() - started);
        expect(response.status).toBe(200);
        expect(response.body).toEqual({ status: 'ok', database: true });
      }
      return latencies;
    };
    const describeLatencies = (latencies: number[]) =>
      `${latencies.map((ms) => ms.toFixed(1)).join(', ')} ms (max ${Math.max(...latencies).toFixed(1)} ms)`;
    // While the worker starts and HiGHS solves the aggregate model (it blocks its thread, not ours).
    const early = await measure(10);
    const earlyPhase = (await getJob(jobId)).progress?.phase ?? 'starting or HiGHS';
    await searching;
    const during = await measure(10);
    console.log(
      `GET /api/health while solving small.json: first 10 (then ${earlyPhase}) ${describeLatencies(early)}; ` +
        `10 during the search ${describeLatencies(during)}`,
    );
    expect((await getJob(jobId)).status).toBe('running');
    await t.planner.delete(`/api/jobs/${jobId}`).expect(202);
    const ended = await finished(jobId);
    expect(ended.status).toBe('cancelled');
  });

  it('cancels running jobs when the server stops, saving their best plans', async () => {
    const other = await testApp();
    try {
      await other.planner.post('/api/instances?id=tiny').send(fixtureJson('tiny')).expect(201);
      const response = await other.planner
        .post('/api/instances/tiny/solve')
        .send({ timeLimitSeconds: 60, lp: 'none' });
      expect(response.status).toBe(202);
      await other.jobs.stop();
      const job = other.jobs.get(response.body.jobId as string);
      expect(job?.status).toBe('cancelled');
      expect(job?.planId).toEqual(expect.any(Number));
      const refused = await other.planner.post('/api/instances/tiny/solve').send({});
      expect(refused.status).toBe(503);
      expect(refused.body.error.code).toBe('stopping');
    } finally {
      await other.close();
    }
  });

  it('answers an unknown job with 404 JSON', async () => {
    for (const path of ['/api/jobs/nope', '/api/jobs/nope/events']) {
      const response = await t.planner.get(path);
      expect(response.status).toBe(404);
      expect(response.body.error).toEqual({
        code: 'not_found',
        message: 'finner ikke jobben nope',
        details: null,
      });
    }
    const cancel = await t.planner.delete('/api/jobs/nope');
    expect(cancel.status).toBe(404);
    expect(cancel.body.error.code).toBe('not_found');
  });

  it('answers a solve of an unknown instance with 404 and a bad body with 400', async () => {
    const unknown = await t.planner.post('/api/instances/nope/solve').send({});
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toBe('finner ikke instansen nope');
    const bad = await t.planner.post('/api/instances/tiny/solve').send({ timeLimitSeconds: 0 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('invalid_input');
  });
});
