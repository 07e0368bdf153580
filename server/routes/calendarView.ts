import { DateTime } from 'luxon';
import { calendarQuery, calendarView, type CalendarQuery } from '../../api/calendar.ts';
import { planParams } from '../../api/params.ts';
import { ZONE } from '../../solver/dates.ts';
import { recordRead } from '../audit/record.ts';
import { ALL_ROLES, currentUser, wardPlace, type Place } from '../auth/access.ts';
import { isUnscoped, type SessionUser } from '../auth/types.ts';
import { buildCalendarView } from '../calendar/view.ts';
import type { Database, Queryable } from '../db/database.ts';
import { ApiError } from '../errors.ts';
import { defineRoute, type Route } from '../http/route.ts';
import { exportInstance } from '../repos/instances.ts';
import { getPlan } from '../repos/plans.ts';

/** People's names of an instance for those allowed to see them (planners, admins); null for the others. */
export async function namesFor(
  q: Queryable,
  user: SessionUser,
  instanceId: string,
  personIds?: string[],
): Promise<Map<string, string> | null> {
  if (!isUnscoped(user.role)) return null;
  const rows = await q.query<{ id: string; name: string }>(
    `SELECT id, name FROM people WHERE instance_id = $1 AND name IS NOT NULL
       AND ($2::text[] IS NULL OR id = ANY($2::text[]))`,
    [instanceId, personIds ?? null],
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}

const todayInNorway = (): string => DateTime.now().setZone(ZONE).toISODate() ?? '';

/** The places a calendar request reads: the ward (with its centre) and the centre it names. */
async function placesOf(db: Database, planId: number, query: CalendarQuery): Promise<Place[]> {
  const [plan] = await db.query<{ instance_id: string }>('SELECT instance_id FROM plans WHERE id = $1', [
    planId,
  ]);
  if (!plan) return [];
  const places: Place[] = [];
  if (query.wardId !== undefined) places.push(await wardPlace(db, plan.instance_id, query.wardId));
  if (query.centreId !== undefined) places.push({ centreId: query.centreId });
  return places;
}

/** The bed calendar of a plan version: beds, stays, closures and the waiting list, for a centre or ward. */
export function calendarViewRoutes(db: Database): Route[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/plans/:planId/calendar',
      operationId: 'getPlanCalendar',
      summary:
        'What the bed calendar shows of a plan version for a centre or a ward (none: all beds, planners only)',
      tag: 'calendar',
      access: {
        roles: ALL_ROLES,
        scope: ({ params, query }) => placesOf(db, params.planId, query),
      },
      input: { params: planParams, query: calendarQuery },
      responses: {
        200: { description: 'beds, stays, background periods and waiting list', schema: calendarView },
        404: { description: 'no such plan, or no such centre or ward in its instance' },
      },
      handle: async ({ params, query }, res) => {
        const user = currentUser(res);
        const found = await getPlan(db, params.planId);
        if (!found) throw new ApiError(404, 'not_found', `finner ikke plan ${params.planId}`);
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
          scope: query,
          names,
          today: todayInNorway(),
        });
        if (!view) {
          const place = [query.centreId, query.wardId].filter(Boolean).join('/');
          throw new ApiError(404, 'not_found', `finner ikke ${place} i instansen ${found.instanceId}`);
        }
        await recordRead(db, user, `plan/${found.id}/calendar`, query);
        res.json(view);
      },
    }),
  ];
}
