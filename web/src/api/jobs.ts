import { z } from 'zod';
import { apiRequest, apiUrl } from './client.ts';

export const solveProgressSchema = z.object({
  phase: z.enum(['guide', 'construct', 'search', 'done']),
  seconds: z.number(),
  iterations: z.number(),
  score: z.number(),
  bestScore: z.number(),
  unplaced: z.number(),
});

export const solveJobSchema = z.object({
  id: z.string(),
  instanceId: z.string(),
  status: z.enum(['running', 'done', 'cancelled', 'failed']),
  progress: solveProgressSchema.nullable(),
  planId: z.number().int().optional(),
  figures: z.record(z.string(), z.number()).optional(),
  error: z.string().optional(),
});

export type SolveProgress = z.infer<typeof solveProgressSchema>;
export type SolveJob = z.infer<typeof solveJobSchema>;

/** POST /api/instances/:id/solve */
export async function startSolve(instanceId: string, timeLimitSeconds: number): Promise<string> {
  const { data } = await apiRequest(
    `/api/instances/${encodeURIComponent(instanceId)}/solve`,
    z.object({ jobId: z.string() }),
    { method: 'POST', body: { timeLimitSeconds } },
  );
  return data.jobId;
}

/** GET /api/jobs/:jobId */
export async function getJob(jobId: string): Promise<SolveJob> {
  return (await apiRequest(`/api/jobs/${jobId}`, solveJobSchema)).data;
}

/** DELETE /api/jobs/:jobId: cancels; the best plan so far is still saved. */
export async function cancelJob(jobId: string): Promise<SolveJob> {
  return (await apiRequest(`/api/jobs/${jobId}`, solveJobSchema, { method: 'DELETE' })).data;
}

/** GET /api/jobs/:jobId/events (server-sent events): progress, then done. Returns a closer. */
export function followJob(
  jobId: string,
  handlers: { progress: (p: SolveProgress) => void; done: (job: SolveJob) => void; error: () => void },
): () => void {
  const source = new EventSource(apiUrl(`/api/jobs/${jobId}/events`), { withCredentials: true });
  source.addEventListener('progress', (event) => {
    const parsed = solveProgressSchema.safeParse(JSON.parse((event as MessageEvent<string>).data));
    if (parsed.success) handlers.progress(parsed.data);
  });
  source.addEventListener('done', (event) => {
    source.close();
    handlers.done(solveJobSchema.parse(JSON.parse((event as MessageEvent<string>).data)));
  });
  source.onerror = () => {
    if (source.readyState === EventSource.CLOSED) handlers.error();
  };
  return () => source.close();
}
