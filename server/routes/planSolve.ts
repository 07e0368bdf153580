import { jobStarted, solveRequest } from '../../api/jobs.ts';
import { planParams } from '../../api/params.ts';
import type { Database } from '../db/database.ts';
import { ApiError } from '../errors.ts';
import { defineRoute, type Route } from '../http/route.ts';
import type { JobManager } from '../jobs/manager.ts';
import { getPlan } from '../repos/plans.ts';
import { startSolveJob } from './jobs.ts';

/** Solving from a plan version: the same solve job as POST /api/instances/:id/solve, of the plan's instance. */
export function planSolveRoutes(db: Database, jobs: JobManager): Route[] {
  return [
    defineRoute({
      method: 'post',
      path: '/api/plans/:planId/solve',
      operationId: 'startSolveFromPlan',
      summary:
        "Start solving a plan version's instance in the background; the plan is saved as a new draft when done",
      tag: 'jobs',
      input: { params: planParams, body: solveRequest },
      responses: {
        202: { description: 'started; Location names the job', schema: jobStarted },
        429: { description: 'as many solve jobs as the server allows (MAX_SOLVE_JOBS) are running' },
        503: { description: 'the server is stopping' },
      },
      handle: async ({ params, body }, res) => {
        const plan = await getPlan(db, params.planId);
        if (!plan) throw new ApiError(404, 'not_found', `finner ikke plan ${params.planId}`);
        await startSolveJob(db, jobs, plan.instanceId, body, res);
      },
    }),
  ];
}
