/**
 * One manual override as one transaction: the plan version is locked (SELECT ... FOR UPDATE), its revision
 * compared with the one the planner saw, the part of the instance the override can involve read
 * (load.ts), the override applied and judged, and only then written with the revision counted up, the pin
 * and nights in the instance and the audit row. Anything refused throws and the transaction rolls back: a
 * refused write changes nothing.
 */
import type { Instance, Stay } from '../../solver/formats.ts';
import { recordAudit } from '../audit/record.ts';
import type { SessionUser } from '../auth/types.ts';
import type { Database } from '../db/database.ts';
import { ApiError } from '../errors.ts';
import { writePin } from '../repos/pins.ts';
import { lockPlan, writePlanBody } from '../repos/plans.ts';
import { writeRequestNights } from '../repos/requests.ts';
import { applyOverride, pinOf, type Applied } from './apply.ts';
import type { Override } from '../../api/overrides.ts';
import type { PlanRef } from '../../api/refs.ts';
import { judgeOverride } from './check.ts';
import { readOverrideInstance } from './load.ts';
import { refusalOf } from './messages.ts';
import { labelOf } from './refs.ts';

export interface OverrideInput {
  planId: number;
  /** The revision the planner's change was made on (If-Match). */
  revision: number;
  override: Override;
  /** Who does it, for the audit log. */
  user: SessionUser | undefined;
}

export interface OverrideResult {
  planId: number;
  instanceId: string;
  revision: number;
  applied: Applied;
}

const auditAction: Record<Override['action'], string> = {
  move: 'plan.override.move',
  pin: 'plan.override.pin',
  unplace: 'plan.override.unplace',
};

/** What the audit keeps of the stay before and after: its placements, its pin and (for a request) nights. */
const auditView = (instance: Instance, stays: Stay[], ref: PlanRef) => ({
  stays,
  pin: pinOf(instance, ref) ?? null,
  ...('requestId' in ref ? { nights: instance.requests.find((r) => r.id === ref.requestId)?.nights } : {}),
});

export function overridePlan(db: Database, input: OverrideInput): Promise<OverrideResult> {
  const { planId, override } = input;
  return db.transaction(async (tx) => {
    const locked = await lockPlan(tx, planId);
    if (!locked) throw new ApiError(404, 'not_found', `finner ikke plan ${planId}`);
    if (locked.revision !== input.revision)
      throw new ApiError(
        412,
        'stale_revision',
        `planen er endret siden du hentet den (revisjon ${input.revision}, nå ${locked.revision}); hent den på nytt`,
        { revision: locked.revision },
      );
    if (locked.status !== 'draft')
      throw new ApiError(
        409,
        'not_draft',
        `plan ${planId} (versjon ${locked.version}) er publisert; lag et nytt utkast for å endre den`,
      );
    const instance = await readOverrideInstance(tx, locked.instanceId, locked.plan, override);
    if (!instance) throw new ApiError(404, 'not_found', `finner ikke instansen ${locked.instanceId}`);

    const applied = applyOverride(instance, locked.plan, override);
    const label = labelOf(applied.ref);
    const before = { instance, plan: locked.plan };
    const after = { instance: applied.instance, plan: applied.plan };
    const [broken] = judgeOverride(applied.ref, before, after).blocking;
    if (broken) {
      const refusal = refusalOf(broken, label, after);
      throw new ApiError(409, 'rule_broken', refusal.message, refusal);
    }

    const revision = await writePlanBody(tx, planId, applied.plan);
    if (applied.pin !== undefined) await writePin(tx, locked.instanceId, applied.ref, applied.pin);
    if (applied.nights !== undefined && 'requestId' in applied.ref)
      await writeRequestNights(tx, locked.instanceId, applied.ref.requestId, applied.nights);
    if (input.user) {
      await recordAudit(tx, {
        user: input.user,
        action: auditAction[override.action],
        object: `plan/${planId}/${label}`,
        before: auditView(before.instance, applied.before, applied.ref),
        after: auditView(after.instance, applied.after, applied.ref),
      });
    }
    return { planId, instanceId: locked.instanceId, revision, applied };
  });
}
