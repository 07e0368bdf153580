import { z } from 'zod';
import { id } from '../../solver/formats.ts';
import { recordRead } from '../audit/record.ts';
import { ALL_ROLES, currentUser, wardPlace } from '../auth/access.ts';
import { renderCalendar } from '../calendar/ics.ts';
import { wardCalendar } from '../calendar/wardCalendar.ts';
import type { Database } from '../db/database.ts';
import { ApiError } from '../errors.ts';
import { defineRoute, type Route } from '../http/route.ts';
import { exportInstance, findInstance } from '../repos/instances.ts';
import { latestPublishedPlan } from '../repos/plans.ts';

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
      input: { params: z.object({ wardId: id }), query: z.object({ instance: id }) },
      responses: {
        200: {
          description: 'one all-day event per stay segment: bed, kind and dates',
          contentType: 'text/calendar',
        },
      },
      handle: async ({ params, query }, res) => {
        const [entry, instance, plan] = await Promise.all([
          findInstance(db, query.instance),
          exportInstance(db, query.instance),
          latestPublishedPlan(db, query.instance),
        ]);
        if (!entry || !instance)
          throw new ApiError(404, 'not_found', `finner ikke instansen ${query.instance}`);
        const calendar = wardCalendar({
          instanceId: entry.id,
          instance,
          wardId: params.wardId,
          plan: plan?.plan ?? null,
          stamp: new Date(plan?.publishedAt ?? entry.createdAt),
        });
        if (!calendar)
          throw new ApiError(
            404,
            'not_found',
            `finner ikke avdelingen ${params.wardId} i instansen ${entry.id}`,
          );
        await recordRead(db, currentUser(res), `instance/${entry.id}/ward/${params.wardId}/calendar`, {
          planId: plan?.id ?? null,
        });
        res
          .type('text/calendar; charset=utf-8')
          .set('Content-Disposition', `inline; filename="${params.wardId.replace(/[^\w-]/g, '_')}.ics"`)
          .send(renderCalendar(calendar));
      },
    }),
  ];
}
