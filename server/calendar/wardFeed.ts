import { recordRead } from '../audit/record.ts';
import type { SessionUser } from '../auth/types.ts';
import type { Database } from '../db/database.ts';
import { ApiError } from '../errors.ts';
import { exportInstance, findInstance } from '../repos/instances.ts';
import { latestPublishedPlan } from '../repos/plans.ts';
import { renderCalendar } from './ics.ts';
import { wardCalendar } from './wardCalendar.ts';

/**
 * The iCalendar text of a ward's stays from the instance's latest published plan (no names or ids); the
 * reading is audited.
 */
export async function readWardFeed(
  db: Database,
  user: SessionUser,
  instanceId: string,
  wardId: string,
): Promise<string> {
  const [entry, instance, plan] = await Promise.all([
    findInstance(db, instanceId),
    exportInstance(db, instanceId),
    latestPublishedPlan(db, instanceId),
  ]);
  if (!entry || !instance) throw new ApiError(404, 'not_found', `finner ikke instansen ${instanceId}`);
  const calendar = wardCalendar({
    instanceId: entry.id,
    instance,
    wardId,
    plan: plan?.plan ?? null,
    stamp: new Date(plan?.publishedAt ?? entry.createdAt),
  });
  if (!calendar)
    throw new ApiError(404, 'not_found', `finner ikke avdelingen ${wardId} i instansen ${entry.id}`);
  await recordRead(db, user, `instance/${entry.id}/ward/${wardId}/calendar`, { planId: plan?.id ?? null });
  return renderCalendar(calendar);
}
