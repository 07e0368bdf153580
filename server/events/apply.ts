/**
 * Re-planning after events: the plan version is repaired with the events (off any transaction), then, in
 * one transaction with the instance locked, the instance is checked unchanged since it was read, the
 * events' changes to the instance stored, the repaired plan saved as the next draft and the audit row
 * written.
 */
import type { Event, Instance, Plan } from '../../solver/formats.ts';
import { repair, RepairInputError, type RepairResult } from '../../solver/repair/index.ts';
import { recordAudit } from '../audit/record.ts';
import type { SessionUser } from '../auth/types.ts';
import type { Database } from '../db/database.ts';
import { ApiError } from '../errors.ts';
import { lockInstance } from '../repos/instanceLock.ts';
import { exportInstance } from '../repos/instances.ts';
import { getPlan, insertDraft } from '../repos/plans.ts';
import type { PlanSummary } from '../../api/plans.ts';
import { storeEventChanges } from './store.ts';

export interface EventsInput {
  /** The day the events are recorded on; it must lie in the horizon. */
  today: string;
  events: Event[];
  noticeDays?: number | undefined;
}

function repaired(instance: Instance, plan: Plan, input: EventsInput): RepairResult {
  const { today, noticeDays } = input;
  if (today < instance.horizon.start || today >= instance.horizon.end)
    throw new ApiError(
      422,
      'outside_horizon',
      `dagen (${today}) er utenfor planperioden ${instance.horizon.start}–${instance.horizon.end}`,
    );
  try {
    return repair(instance, plan, input.events, {
      today,
      ...(noticeDays === undefined ? {} : { noticeDays }),
    });
  } catch (error) {
    if (error instanceof RepairInputError) throw new ApiError(422, error.code, error.message);
    throw error;
  }
}

/** Applies events to plan version `planId` and saves the repaired plan as the instance's next draft. */
export async function applyEvents(
  db: Database,
  user: SessionUser,
  planId: number,
  input: EventsInput,
): Promise<{ draft: PlanSummary; result: RepairResult }> {
  const earlier = await getPlan(db, planId);
  if (!earlier) throw new ApiError(404, 'not_found', `finner ikke plan ${planId}`);
  const instance = await exportInstance(db, earlier.instanceId);
  if (!instance) throw new ApiError(404, 'not_found', `finner ikke instansen ${earlier.instanceId}`);
  const result = repaired(instance, earlier.plan, input);
  const draft = await db.transaction(async (tx) => {
    await lockInstance(tx, earlier.instanceId);
    const now = await exportInstance(tx, earlier.instanceId);
    if (JSON.stringify(now) !== JSON.stringify(instance))
      throw new ApiError(
        409,
        'instance_changed',
        'instansen ble endret mens planen ble reparert; prøv igjen',
      );
    await storeEventChanges(tx, earlier.instanceId, instance, result.instance);
    const saved = await insertDraft(tx, earlier.instanceId, result.plan);
    await recordAudit(tx, {
      user,
      action: 'plan.events',
      object: `plan/${saved.id}`,
      before: { planId: earlier.id, version: earlier.version },
      after: { events: input.events, today: input.today, moves: result.moves.length },
    });
    return saved;
  });
  return { draft, result };
}
