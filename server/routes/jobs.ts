import type { Response } from 'express';
import { jobParams, jobStarted, solveJob, solveRequest, type SolveOptions } from '../../api/jobs.ts';
import { instanceParams } from '../../api/params.ts';
import type { Instance } from '../../solver/formats.ts';
import { whatIfJob } from '../../api/whatif.ts';
import { recordAudit } from '../audit/record.ts';
import { currentUser } from '../auth/access.ts';
import type { SessionUser } from '../auth/types.ts';
import type { Database } from '../db/database.ts';
import { ApiError } from '../errors.ts';
import { defineRoute, type Route } from '../http/route.ts';
import { StoppingError, TooManyJobsError, type JobEvent, type JobManager } from '../jobs/manager.ts';
import { exportInstance } from '../repos/instances.ts';

/** One server-sent event: its name and its data as one line of JSON. */
const writeEvent = (res: Response, event: JobEvent) => {
  const data = event.type === 'progress' ? event.progress : event.type === 'run' ? event.run : event.job;
  res.write(`event: ${event.type}\ndata: ${JSON.stringify(data)}\n\n`);
};

/**
 * Starts a job on a stored instance (a solve, a what-if), audits it as `action` with the job's id and
 * `details`, and answers 202 naming the job.
 */
export async function startInstanceJob(
  db: Database,
  res: Response,
  instanceId: string,
  job: { action: string; details: object; start: (instance: Instance, user: SessionUser) => { id: string } },
): Promise<void> {
  const instance = await exportInstance(db, instanceId);
  if (!instance) throw new ApiError(404, 'not_found', `finner ikke instansen ${instanceId}`);
  const user = currentUser(res);
  let started;
  try {
    started = job.start(instance, user);
  } catch (error) {
    if (error instanceof TooManyJobsError) throw new ApiError(429, 'too_many_jobs', error.message);
    if (error instanceof StoppingError) throw new ApiError(503, 'stopping', error.message);
    throw error;
  }
  await recordAudit(db, {
    user,
    action: job.action,
    object: `instance/${instanceId}`,
    after: { jobId: started.id, ...job.details },
  });
  res.status(202).location(`/api/jobs/${started.id}`).json({ jobId: started.id });
}

/** Starts solving a stored instance and answers 202 naming the job (also POST /api/plans/:planId/solve). */
export const startSolveJob = (
  db: Database,
  jobs: JobManager,
  instanceId: string,
  options: SolveOptions,
  res: Response,
): Promise<void> =>
  startInstanceJob(db, res, instanceId, {
    action: 'solve.start',
    details: { options },
    start: (instance, user) => jobs.start(instanceId, instance, options, user),
  });

/** Solve jobs: a solve of an instance in a worker thread, its progress, and cancelling it. */
export function jobRoutes(db: Database, jobs: JobManager): Route[] {
  const noJob = (jobId: string) => new ApiError(404, 'not_found', `finner ikke jobben ${jobId}`);
  return [
    defineRoute({
      method: 'post',
      path: '/api/instances/:id/solve',
      operationId: 'startSolve',
      summary: 'Start solving an instance in the background; the plan is saved as a draft when done',
      tag: 'jobs',
      input: { params: instanceParams, body: solveRequest },
      responses: {
        202: { description: 'started; Location names the job', schema: jobStarted },
        429: { description: 'as many solve jobs as the server allows (MAX_SOLVE_JOBS) are running' },
        503: { description: 'the server is stopping' },
      },
      handle: ({ params, body }, res) => startSolveJob(db, jobs, params.id, body, res),
    }),
    defineRoute({
      method: 'get',
      path: '/api/jobs/:jobId',
      operationId: 'getJob',
      summary: 'A solve job: its status, latest progress and, when done, its saved plan and figures',
      tag: 'jobs',
      input: { params: jobParams },
      responses: {
        200: {
          description: 'the job: a solve job or a what-if job (kind whatif)',
          schema: solveJob.or(whatIfJob),
        },
      },
      handle: ({ params }, res) => {
        const job = jobs.get(params.jobId);
        if (!job) throw noJob(params.jobId);
        res.json(job);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/jobs/:jobId/events',
      operationId: 'jobEvents',
      summary:
        'Server-sent events of a job: a `progress` event per progress message (those so far first), then `done` with the job',
      tag: 'jobs',
      input: { params: jobParams },
      responses: { 200: { description: 'the event stream', contentType: 'text/event-stream' } },
      handle: ({ params }, res, req) => {
        if (!jobs.get(params.jobId)) throw noJob(params.jobId);
        res.status(200).set({
          'Content-Type': 'text/event-stream; charset=utf-8',
          'Cache-Control': 'no-store',
          Connection: 'keep-alive',
          'X-Accel-Buffering': 'no',
        });
        res.flushHeaders();
        let ended = false;
        // A finished job's events all arrive inside subscribe(); after `done` the manager drops its listeners.
        const unsubscribe = jobs.subscribe(params.jobId, (event) => {
          if (ended) return;
          writeEvent(res, event);
          if (event.type === 'done') {
            ended = true;
            res.end();
          }
        });
        req.on('close', () => {
          ended = true;
          unsubscribe?.();
        });
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/api/jobs/:jobId',
      operationId: 'cancelJob',
      summary: 'Cancel a running job: the best plan so far is still saved as a draft',
      tag: 'jobs',
      input: { params: jobParams },
      responses: { 202: { description: 'cancelling (or already ended): the job', schema: solveJob } },
      handle: async ({ params }, res) => {
        const job = jobs.cancel(params.jobId);
        if (!job) throw noJob(params.jobId);
        await recordAudit(db, { user: currentUser(res), action: 'solve.cancel', object: `job/${job.id}` });
        res.status(202).json(job);
      },
    }),
  ];
}
