import {
  planDiffAnswer,
  planList,
  planRecord,
  planSummary,
  type PlanDiff,
  type PlanRecord,
  type PlanSummary,
} from '../../../api/plans.ts';
import { apiRequest } from './client.ts';

export type { PlanDiff, PlanRecord, PlanSummary };

const instancePath = (instanceId: string) => `/api/instances/${encodeURIComponent(instanceId)}`;

/** GET /api/instances/:id/plans (newest first) */
export async function listPlans(instanceId: string): Promise<PlanSummary[]> {
  return (await apiRequest(`${instancePath(instanceId)}/plans`, planList)).data;
}

/** GET /api/plans/:planId */
export async function getPlan(planId: number): Promise<PlanRecord> {
  return (await apiRequest(`/api/plans/${planId}`, planRecord)).data;
}

/** POST /api/instances/:id/plans: saves a plan as the next draft. */
export async function saveDraft(instanceId: string, body: PlanRecord['plan']): Promise<PlanSummary> {
  return (await apiRequest(`${instancePath(instanceId)}/plans`, planSummary, { method: 'POST', body })).data;
}

/** POST /api/plans/:planId/publish */
export async function publishPlan(planId: number): Promise<PlanSummary> {
  return (await apiRequest(`/api/plans/${planId}/publish`, planSummary, { method: 'POST' })).data;
}

/** GET /api/plans/:planId/diff/:otherId */
export async function diffPlans(planId: number, otherId: number): Promise<PlanDiff> {
  return (await apiRequest(`/api/plans/${planId}/diff/${otherId}`, planDiffAnswer)).data;
}

/** DELETE /api/plans/:planId: discards a draft; with `revision`, only if nobody has changed it since. */
export async function discardDraft(planId: number, revision?: number): Promise<void> {
  await apiRequest(`/api/plans/${planId}`, null, {
    method: 'DELETE',
    ...(revision === undefined ? {} : { headers: { 'If-Match': `"${revision}"` } }),
  });
}
