import type { z } from 'zod';
import {
  jobStarted,
  solveJob,
  solveProgress,
  type SolveBody,
  type SolveJob,
  type SolveProgress,
} from '../../../api/jobs.ts';
import { apiRequest, apiUrl } from './client.ts';

export type { SolveJob, SolveProgress };

/** POST /api/instances/:id/solve */
export async function startSolve(instanceId: string, timeLimitSeconds: number): Promise<string> {
  const body: SolveBody = { timeLimitSeconds };
  const { data } = await apiRequest(`/api/instances/${encodeURIComponent(instanceId)}/solve`, jobStarted, {
    method: 'POST',
    body,
  });
  return data.jobId;
}

/** GET /api/jobs/:jobId */
export async function getJob(jobId: string): Promise<SolveJob> {
  return (await apiRequest(`/api/jobs/${jobId}`, solveJob)).data;
}

/** DELETE /api/jobs/:jobId: cancels; the best plan so far is still saved. */
export async function cancelJob(jobId: string): Promise<SolveJob> {
  return (await apiRequest(`/api/jobs/${jobId}`, solveJob, { method: 'DELETE' })).data;
}

/** GET /api/jobs/:jobId/events (server-sent events): progress, then done. Returns a closer. */
export function followJob(
  jobId: string,
  handlers: { progress: (p: SolveProgress) => void; done: (job: SolveJob) => void; error: () => void },
): () => void {
  return followJobEvents(
    jobId,
    { event: 'progress', schema: solveProgress, handle: handlers.progress },
    {
      schema: solveJob,
      done: handlers.done,
      error: handlers.error,
    },
  );
}

/**
 * Follows a job's server-sent events: each `progress.event` parsed with its schema (one that does not parse is
 * skipped), then `done` with the finished job; `error` when the stream closes before. Returns the unsubscribe.
 */
export function followJobEvents<P, J>(
  jobId: string,
  progress: { event: string; schema: z.ZodType<P>; handle: (p: P) => void },
  end: { schema: z.ZodType<J>; done: (job: J) => void; error: () => void },
): () => void {
  const source = new EventSource(apiUrl(`/api/jobs/${jobId}/events`), { withCredentials: true });
  const data = (event: Event): unknown => JSON.parse((event as MessageEvent<string>).data);
  source.addEventListener(progress.event, (event) => {
    const parsed = progress.schema.safeParse(data(event));
    if (parsed.success) progress.handle(parsed.data);
  });
  source.addEventListener('done', (event) => {
    source.close();
    end.done(end.schema.parse(data(event)));
  });
  source.onerror = () => {
    if (source.readyState === EventSource.CLOSED) end.error();
  };
  return () => source.close();
}
