import { calendarQuery, calendarView } from '../../api/calendar.ts';
import { planParams } from '../../api/params.ts';
import { ALL_ROLES, currentUser } from '../auth/access.ts';
import { calendarPlaces, readPlanCalendar } from '../calendar/planCalendar.ts';
import type { Database } from '../db/database.ts';
import { defineRoute, type Route } from '../http/route.ts';

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
        scope: ({ params, query }) => calendarPlaces(db, params.planId, query),
      },
      input: { params: planParams, query: calendarQuery },
      responses: {
        200: { description: 'beds, stays, background periods and waiting list', schema: calendarView },
        404: { description: 'no such plan, or no such centre or ward in its instance' },
      },
      handle: async ({ params, query }, res) => {
        res.json(await readPlanCalendar(db, currentUser(res), params.planId, query));
      },
    }),
  ];
}
