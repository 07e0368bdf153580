import type { SessionUser } from '../auth/types.ts';
import { namesFor } from '../calendar/names.ts';
import type { CalendarStay } from '../../api/calendar.ts';
import { calendarStayOf } from '../calendar/view.ts';
import type { Queryable } from '../db/database.ts';
import type { OverrideResult } from './store.ts';

/**
 * The stay an override left, as the calendar draws it and named as `user` may see it; undefined when the
 * override took the stay out of the plan.
 */
export async function stayAfter(
  q: Queryable,
  user: SessionUser,
  result: OverrideResult,
): Promise<CalendarStay | undefined> {
  const { instance, after } = result.applied;
  const [moved] = after;
  const personId =
    moved &&
    ('requestId' in moved
      ? instance.requests.find((r) => r.id === moved.requestId)?.personId
      : instance.series.find((r) => r.id === moved.seriesId)?.personId);
  const names = await namesFor(q, user, result.instanceId, personId === undefined ? [] : [personId]);
  return calendarStayOf(instance, after, names);
}
