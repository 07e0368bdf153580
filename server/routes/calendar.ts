import { wardCalendarParams, wardCalendarQuery } from '../../api/calendar.ts';
import { ALL_ROLES, currentUser, wardPlace } from '../auth/access.ts';
import { readWardFeed } from '../calendar/wardFeed.ts';
import type { Database } from '../db/database.ts';
import { defineRoute, type Route } from '../http/route.ts';

/** Calendar feeds for the wards: what a ward leader subscribes to. */
export function calendarRoutes(db: Database): Route[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/wards/:wardId/calendar.ics',
      operationId: 'getWardCalendar',
      summary:
        "iCalendar feed of the stays in a ward's beds from the latest published plan (no names or ids)",
      tag: 'calendar',
      access: {
        roles: ALL_ROLES,
        scope: async ({ params, query }) => [await wardPlace(db, query.instance, params.wardId)],
      },
      input: { params: wardCalendarParams, query: wardCalendarQuery },
      responses: {
        200: {
          description: 'one all-day event per stay segment: bed, kind and dates',
          contentType: 'text/calendar',
        },
      },
      handle: async ({ params, query }, res) => {
        const feed = await readWardFeed(db, currentUser(res), query.instance, params.wardId);
        res
          .type('text/calendar; charset=utf-8')
          .set('Content-Disposition', `inline; filename="${params.wardId.replace(/[^\w-]/g, '_')}.ics"`)
          .send(feed);
      },
    }),
  ];
}
