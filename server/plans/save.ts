import type { Plan } from '../../solver/formats.ts';
import { auditedTransactions } from '../audit/audited.ts';
import type { SessionUser } from '../auth/types.ts';
import type { Database } from '../db/database.ts';
import { ApiError } from '../errors.ts';
import { exportInstance } from '../repos/instances.ts';
import { saveDraft } from '../repos/plans.ts';
import type { PlanSummary } from '../../api/plans.ts';
import { unresolvedReferences } from './references.ts';

/**
 * Saves a plan in format v1 as the next draft of an instance, with its audit row; 422 unknown_reference
 * when it names requests, series occurrences or beds the instance does not have.
 */
export async function saveCheckedDraft(
  db: Database,
  user: SessionUser,
  instanceId: string,
  plan: Plan,
): Promise<PlanSummary> {
  const instance = await exportInstance(db, instanceId);
  if (!instance) throw new ApiError(404, 'not_found', `finner ikke instansen ${instanceId}`);
  const unresolved = unresolvedReferences(instance, plan);
  if (unresolved.length > 0) {
    const details = unresolved.map(({ refs, message }) => ({ refs, message }));
    throw new ApiError(
      422,
      'unknown_reference',
      `${unresolved.length} referanser finnes ikke i instansen ${instanceId}`,
      details,
    );
  }
  const audited = auditedTransactions(db, (summary: PlanSummary) => ({
    user,
    action: 'plan.save',
    object: `plan/${summary.id}`,
    after: summary,
  }));
  return saveDraft(audited, instanceId, plan);
}
