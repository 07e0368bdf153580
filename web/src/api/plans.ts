import { z } from 'zod';
import { id, plan } from '../../../solver/formats.ts';
import { apiRequest } from './client.ts';

export const planSummarySchema = z.object({
  id: z.number().int(),
  instanceId: id,
  version: z.number().int(),
  status: z.enum(['draft', 'published']),
  createdAt: z.string(),
  publishedAt: z.string().nullable(),
  stays: z.number(),
  unplaced: z.number(),
  revision: z.number().int().optional(),
});

export const planRecordSchema = planSummarySchema.extend({ plan });

const segment = z.object({ bedId: z.string(), start: z.string(), end: z.string() });
const diffRef = z.union([
  z.object({ requestId: id }),
  z.object({ seriesId: id, occurrence: z.number().int() }),
]);
const placement = z.object({ ref: diffRef, segments: z.array(segment) });
export const planDiffSchema = z.object({
  added: z.array(placement),
  removed: z.array(placement),
  moved: z.array(z.object({ ref: diffRef, from: z.array(segment), to: z.array(segment) })),
  unchanged: z.number().int(),
});

export type PlanSummary = z.infer<typeof planSummarySchema>;
export type PlanRecord = z.infer<typeof planRecordSchema>;
export type PlanDiff = z.infer<typeof planDiffSchema>;

const instancePath = (instanceId: string) => `/api/instances/${encodeURIComponent(instanceId)}`;

/** GET /api/instances/:id/plans (newest first) */
export async function listPlans(instanceId: string): Promise<PlanSummary[]> {
  return (await apiRequest(`${instancePath(instanceId)}/plans`, z.array(planSummarySchema))).data;
}

/** GET /api/plans/:planId */
export async function getPlan(planId: number): Promise<PlanRecord> {
  return (await apiRequest(`/api/plans/${planId}`, planRecordSchema)).data;
}

/** POST /api/instances/:id/plans: saves a plan as the next draft. */
export async function saveDraft(instanceId: string, body: PlanRecord['plan']): Promise<PlanSummary> {
  return (await apiRequest(`${instancePath(instanceId)}/plans`, planSummarySchema, { method: 'POST', body }))
    .data;
}

/** POST /api/plans/:planId/publish */
export async function publishPlan(planId: number): Promise<PlanSummary> {
  return (await apiRequest(`/api/plans/${planId}/publish`, planSummarySchema, { method: 'POST' })).data;
}

/** GET /api/plans/:planId/diff/:otherId */
export async function diffPlans(planId: number, otherId: number): Promise<PlanDiff> {
  return (await apiRequest(`/api/plans/${planId}/diff/${otherId}`, planDiffSchema)).data;
}

/** DELETE /api/plans/:planId: discards a draft; with `revision`, only if nobody has changed it since. */
export async function discardDraft(planId: number, revision?: number): Promise<void> {
  await apiRequest(`/api/plans/${planId}`, null, {
    method: 'DELETE',
    ...(revision === undefined ? {} : { headers: { 'If-Match': `"${revision}"` } }),
  });
}
