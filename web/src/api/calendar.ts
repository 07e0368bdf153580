import { calendarView, type CalendarQuery, type CalendarView } from '../../../api/calendar.ts';
import { apiRequest } from './client.ts';

export type { StayRef } from '../../../api/refs.ts';
export type {
  CalendarBackground as Background,
  CalendarResource,
  CalendarStaffing as Staffing,
  CalendarStay,
  CalendarView as Calendar,
  WaitingEntry,
} from '../../../api/calendar.ts';

export type CalendarScope = CalendarQuery;

/** GET /api/plans/:planId/calendar?centreId=&wardId= */
export async function getCalendar(planId: number, scope: CalendarScope = {}): Promise<CalendarView> {
  const query = new URLSearchParams();
  if (scope.centreId) query.set('centreId', scope.centreId);
  if (scope.wardId) query.set('wardId', scope.wardId);
  const suffix = query.size > 0 ? `?${query.toString()}` : '';
  return (await apiRequest(`/api/plans/${planId}/calendar${suffix}`, calendarView)).data;
}
