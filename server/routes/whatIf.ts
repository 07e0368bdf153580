import { jobStarted } from '../../api/jobs.ts';
import { instanceParams } from '../../api/params.ts';
import { whatIfRequest } from '../../api/whatif.ts';
import type { Database } from '../db/database.ts';
import { defineRoute, type Route } from '../http/route.ts';
import type { JobManager } from '../jobs/manager.ts';
import { startInstanceJob } from './jobs.ts';

/** What-if comparisons: scenarios solved on copies of an instance beside it, as a job; nothing is saved. */
export function whatIfRoutes(db: Database, jobs: JobManager): Route[] {
  return [
    defineRoute({
      method: 'post',
      path: '/api/instances/:id/whatif',
      operationId: 'startWhatIf',
      summary:
        'Start solving scenarios beside the instance (the baseline) over seeds in the background; GET /api/jobs/:jobId gives the comparison',
      tag: 'jobs',
      input: { params: instanceParams, body: whatIfRequest },
      responses: {
        202: { description: 'started; Location names the job', schema: jobStarted },
        429: { description: 'as many jobs as the server allows (MAX_SOLVE_JOBS) are running' },
        503: { description: 'the server is stopping' },
      },
      handle: ({ params, body }, res) =>
        startInstanceJob(db, res, params.id, {
          action: 'whatif.start',
          details: {
            seeds: body.seeds,
            iterations: body.iterations,
            scenarios: body.scenarios.map((s) => s.name),
          },
          start: (instance, user) => jobs.startWhatIf(params.id, instance, body, user),
        }),
    }),
  ];
}
