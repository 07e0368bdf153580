import { recordAudit } from '../audit/record.ts';
import type { SessionUser } from '../auth/types.ts';
import type { Database } from '../db/database.ts';
import { ApiError } from '../errors.ts';
import { revisionOf } from '../overrides/ifMatch.ts';
import { deletePlan, lockPlan } from '../repos/plans.ts';

/**
 * Deletes a draft with its audit row. A published version is never deleted (409 not_draft); an If-Match
 * other than `*` must name the draft's current revision (412 stale_revision).
 */
export function discardDraft(
  db: Database,
  user: SessionUser,
  planId: number,
  ifMatch: string | undefined,
): Promise<void> {
  return db.transaction(async (tx) => {
    const found = await lockPlan(tx, planId);
    if (!found) throw new ApiError(404, 'not_found', `finner ikke plan ${planId}`);
    if (found.status !== 'draft')
      throw new ApiError(409, 'not_draft', `versjon ${found.version} er publisert og kan ikke forkastes`);
    if (ifMatch !== undefined && ifMatch !== '*' && revisionOf(ifMatch) !== found.revision)
      throw new ApiError(
        412,
        'stale_revision',
        `utkastet er endret siden (revisjon ${found.revision}); last det inn på nytt`,
        { revision: found.revision },
      );
    await deletePlan(tx, found.id);
    const { plan: _body, ...summary } = found;
    await recordAudit(tx, { user, action: 'plan.discard', object: `plan/${found.id}`, before: summary });
  });
}
