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
  const source = new EventSource(apiUrl(`/api/jobs/${jobId}/events`), { withCredentials: true });
  source.addEventListener('progress', (event) => {
    const parsed = solveProgress.safeParse(JSON.parse((event as MessageEvent<string>).data));
    if (parsed.success) handlers.progress(parsed.data);
  });
  source.addEventListener('done', (event) => {
    source.close();
    handlers.done(solveJob.parse(JSON.parse((event as MessageEvent<string>).data)));
  });
  source.onerror = () => {
    if (source.readyState === EventSource.CLOSED) handlers.error();
  };
  return () => source.close();
}
