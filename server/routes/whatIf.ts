import { jobStarted } from '../../api/jobs.ts';
import { instanceParams } from '../../api/params.ts';
import { whatIfRequest } from '../../api/whatif.ts';
import { recordAudit } from '../audit/record.ts';
import { currentUser } from '../auth/access.ts';
import type { Database } from '../db/database.ts';
import { ApiError } from '../errors.ts';
import { defineRoute, type Route } from '../http/route.ts';
import { StoppingError, TooManyJobsError, type JobManager } from '../jobs/manager.ts';
import { exportInstance } from '../repos/instances.ts';

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
      handle: async ({ params, body }, res) => {
        const instance = await exportInstance(db, params.id);
        if (!instance) throw new ApiError(404, 'not_found', `no instance ${params.id}`);
        let job;
        try {
          job = jobs.startWhatIf(params.id, instance, body, currentUser(res));
        } catch (error) {
          if (error instanceof TooManyJobsError) throw new ApiError(429, 'too_many_jobs', error.message);
          if (error instanceof StoppingError) throw new ApiError(503, 'stopping', error.message);
          throw error;
        }
        await recordAudit(db, {
          user: currentUser(res),
          action: 'whatif.start',
          object: `instance/${params.id}`,
          after: {
            jobId: job.id,
            seeds: body.seeds,
            iterations: body.iterations,
            scenarios: body.scenarios.map((s) => s.name),
          },
        });
        res.status(202).location(`/api/jobs/${job.id}`).json({ jobId: job.id });
      },
    }),
  ];
}
