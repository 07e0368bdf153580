import type { Queryable } from '../../db/database.ts';
import { listPlanBodies } from '../../repos/plans.ts';

export interface PlanUsingBeds {
  planId: number;
  version: number;
  bedIds: string[];
}

/** The plan versions of an instance with stays in any of `bedIds`, naming those beds. */
export async function plansUsing(
  q: Queryable,
  instanceId: string,
  bedIds: string[],
): Promise<PlanUsingBeds[]> {
  if (bedIds.length === 0) return [];
  const wanted = new Set(bedIds);
  const rows = await listPlanBodies(q, instanceId);
  return rows
    .map((r) => ({
      planId: r.id,
      version: r.version,
      bedIds: [...new Set(r.plan.stays.map((s) => s.bedId).filter((b) => wanted.has(b)))],
    }))
    .filter((p) => p.bedIds.length > 0);
}
