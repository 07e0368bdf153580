/** The bed calendar of a plan version as a user may see it, and the places a request for it reads. */
import { DateTime } from 'luxon';
import { ZONE } from '../../solver/dates.ts';
import { recordRead } from '../audit/record.ts';
import { wardPlace, type Place } from '../auth/access.ts';
import type { SessionUser } from '../auth/types.ts';
import type { Database } from '../db/database.ts';
import { ApiError } from '../errors.ts';
import { exportInstance } from '../repos/instances.ts';
import { getPlan, instanceOfPlan } from '../repos/plans.ts';
import { namesFor } from './names.ts';
import type { CalendarQuery as CalendarScope, CalendarView } from '../../api/calendar.ts';
import { buildCalendarView } from './view.ts';

const todayInNorway = (): string => DateTime.now().setZone(ZONE).toISODate() ?? '';

/** The places a calendar request reads: the ward (with its centre) and the centre it names. */
export async function calendarPlaces(db: Database, planId: number, scope: CalendarScope): Promise<Place[]> {
  const instanceId = await instanceOfPlan(db, planId);
  if (instanceId === undefined) return [];
  const places: Place[] = [];
  if (scope.wardId !== undefined) places.push(await wardPlace(db, instanceId, scope.wardId));
  if (scope.centreId !== undefined) places.push({ instanceId, centreId: scope.centreId });
  return places;
}

/** What the bed calendar shows of plan version `planId` for `scope`; the reading is audited. */
export async function readPlanCalendar(
  db: Database,
  user: SessionUser,
  planId: number,
  scope: CalendarScope,
): Promise<CalendarView> {
  const found = await getPlan(db, planId);
  if (!found) throw new ApiError(404, 'not_found', `finner ikke plan ${planId}`);
  const [instance, names] = await Promise.all([
    exportInstance(db, found.instanceId),
    namesFor(db, user, found.instanceId),
  ]);
  if (!instance) throw new ApiError(404, 'not_found', `finner ikke instansen ${found.instanceId}`);
  const view = buildCalendarView({
    planId: found.id,
    instanceId: found.instanceId,
    revision: found.revision,
    status: found.status,
    instance,
    plan: found.plan,
    scope,
    names,
    today: todayInNorway(),
  });
  if (!view) {
    const place = [scope.centreId, scope.wardId].filter(Boolean).join('/');
    throw new ApiError(404, 'not_found', `finner ikke ${place} i instansen ${found.instanceId}`);
  }
  await recordRead(db, user, `plan/${found.id}/calendar`, scope);
  return view;
}
