import { auditedTransactions } from '../audit/audited.ts';
import type { SessionUser } from '../auth/types.ts';
import type { Database } from '../db/database.ts';
import { publishPlan } from '../repos/plans.ts';
import type { PlanSummary } from '../../api/plans.ts';

/** Publishes a draft with its audit row: the latest published version is the one wards work by. */
export function publishDraft(db: Database, user: SessionUser, planId: number): Promise<PlanSummary> {
  const audited = auditedTransactions(db, (summary: PlanSummary) => ({
    user,
    action: 'plan.publish',
    object: `plan/${summary.id}`,
    before: { status: 'draft' },
    after: summary,
  }));
  return publishPlan(audited, planId);
}
