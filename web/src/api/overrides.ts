import { overrideResult, type OverrideBody, type OverrideResult } from '../../../api/overrides.ts';
import { apiRequest } from './client.ts';

export type { OverrideBody, OverrideResult };
export type { RuleBroken } from '../../../api/overrides.ts';

/** POST /api/plans/:planId/overrides with If-Match: "<revision>" */
export async function postOverride(
  planId: number,
  revision: number,
  body: OverrideBody,
): Promise<OverrideResult> {
  const { data } = await apiRequest(`/api/plans/${planId}/overrides`, overrideResult, {
    method: 'POST',
    body,
    headers: { 'If-Match': `"${revision}"` },
  });
  return data;
}
