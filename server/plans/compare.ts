import { recordRead } from '../audit/record.ts';
import type { SessionUser } from '../auth/types.ts';
import type { Database } from '../db/database.ts';
import { ApiError } from '../errors.ts';
import type { PlanSummary } from '../../api/plans.ts';
import type { PlanDiff } from '../../api/plans.ts';
import { diffPlans } from './diff.ts';
import { requirePlan } from './found.ts';

/** What changed from plan version `fromId` to `toId` of the same instance; both reads are audited. */
export async function compareVersions(
  db: Database,
  user: SessionUser,
  fromId: number,
  toId: number,
): Promise<PlanDiff & { from: PlanSummary; to: PlanSummary }> {
  const [from, to] = await Promise.all([requirePlan(db, fromId), requirePlan(db, toId)]);
  if (from.instanceId !== to.instanceId) {
    throw new ApiError(
      422,
      'different_instances',
      `plan ${from.id} hører til instansen ${from.instanceId}, plan ${to.id} til ${to.instanceId}`,
    );
  }
  await recordRead(db, user, `plan/${from.id}`, { diffWith: to.id });
  await recordRead(db, user, `plan/${to.id}`, { diffWith: from.id });
  const { plan: before, ...fromSummary } = from;
  const { plan: after, ...toSummary } = to;
  return { from: fromSummary, to: toSummary, ...diffPlans(before, after) };
}
