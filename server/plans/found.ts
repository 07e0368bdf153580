import type { Queryable } from '../db/database.ts';
import { ApiError } from '../errors.ts';
import { getPlan } from '../repos/plans.ts';
import type { PlanRecord } from '../../api/plans.ts';

/** Plan version `planId` with its stays; 404 when there is none. */
export async function requirePlan(q: Queryable, planId: number): Promise<PlanRecord> {
  const found = await getPlan(q, planId);
  if (!found) throw new ApiError(404, 'not_found', `finner ikke plan ${planId}`);
  return found;
}
