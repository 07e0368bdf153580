import { jobStarted } from '../../../api/jobs.ts';
import {
  whatIfJob,
  whatIfProgress,
  type FigureComparisonView,
  type WhatIfBody,
  type WhatIfJob,
  type WhatIfProgress,
} from '../../../api/whatif.ts';
import { apiRequest } from './client.ts';
import { followJobEvents } from './jobs.ts';

export type { FigureComparisonView, WhatIfBody, WhatIfJob, WhatIfProgress };

/** POST /api/instances/:id/whatif */
export async function startWhatIf(instanceId: string, body: WhatIfBody): Promise<string> {
  const { data } = await apiRequest(`/api/instances/${encodeURIComponent(instanceId)}/whatif`, jobStarted, {
    method: 'POST',
    body,
  });
  return data.jobId;
}

/** DELETE /api/jobs/:jobId: the comparison stops without a result. */
export async function cancelWhatIf(jobId: string): Promise<WhatIfJob> {
  return (await apiRequest(`/api/jobs/${jobId}`, whatIfJob, { method: 'DELETE' })).data;
}

/** GET /api/jobs/:jobId/events of a what-if job: a `run` per solve, then `done`. Returns a closer. */
export function followWhatIf(
  jobId: string,
  handlers: { run: (p: WhatIfProgress) => void; done: (job: WhatIfJob) => void; error: () => void },
): () => void {
  return followJobEvents(
    jobId,
    { event: 'run', schema: whatIfProgress, handle: handlers.run },
    {
      schema: whatIfJob,
      done: handlers.done,
      error: handlers.error,
    },
  );
}
