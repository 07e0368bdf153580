import { z } from 'zod';
import { id, isoDate, unplacedWhy } from '../../../solver/formats.ts';
import { apiRequest } from './client.ts';

export const stayRefSchema = z.union([
  z.object({ requestId: id }),
  z.object({ seriesId: id, occurrence: z.number().int().min(0) }),
  z.object({ fixedStayId: id }),
]);

export const calendarResourceSchema = z.object({
  id,
  centreId: id,
  centreName: z.string(),
  wardId: id,
  wardName: z.string(),
  roomId: id,
  tags: z.array(z.string()).default([]),
  title: z.string(),
});

export const calendarStaySchema = z.object({
  key: z.string(),
  ref: stayRefSchema,
  bedId: id,
  start: isoDate,
  end: isoDate,
  kind: z.string(),
  label: z.string(),
  pinned: z.boolean().default(false),
  fixed: z.boolean().default(false),
  priority: z.number().int().nullish(),
  hospital: z.boolean().nullish(),
});

export const staffingSchema = z.object({ wardId: id, start: isoDate, end: isoDate, beds: z.number().int() });

export const backgroundSchema = z.object({
  bedId: id.nullish(),
  wardId: id.nullish(),
  start: isoDate,
  end: isoDate,
  reason: z.enum(['closure', 'outOfService']),
});

export const waitingEntrySchema = z.object({
  ref: stayRefSchema,
  kind: z.string(),
  nights: z.number().int().min(1),
  priority: z.number().int(),
  earliestStart: isoDate,
  latestStart: isoDate.nullish(),
  fromHospital: z.boolean(),
  waitingDays: z.number(),
  dailyCost: z.number(),
  requiredTags: z.array(z.string()).default([]),
  label: z.string(),
  reason: z.string().nullish(),
  why: unplacedWhy.nullish(),
});

export const calendarSchema = z.object({
  planId: z.number().int(),
  instanceId: id,
  revision: z.number().int(),
  status: z.enum(['draft', 'published']),
  horizon: z.object({ start: isoDate, end: isoDate }),
  resources: z.array(calendarResourceSchema),
  stays: z.array(calendarStaySchema),
  background: z.array(backgroundSchema),
  staffing: z.array(staffingSchema),
  waiting: z.array(waitingEntrySchema),
});

export type StayRef = z.infer<typeof stayRefSchema>;
export type CalendarResource = z.infer<typeof calendarResourceSchema>;
export type CalendarStay = z.infer<typeof calendarStaySchema>;
export type Background = z.infer<typeof backgroundSchema>;
export type Staffing = z.infer<typeof staffingSchema>;
export type WaitingEntry = z.infer<typeof waitingEntrySchema>;
export type Calendar = z.infer<typeof calendarSchema>;

export interface CalendarScope {
  centreId?: string | undefined;
  wardId?: string | undefined;
}

/** GET /api/plans/:planId/calendar?centreId=&wardId= */
export async function getCalendar(planId: number, scope: CalendarScope = {}): Promise<Calendar> {
  const query = new URLSearchParams();
  if (scope.centreId) query.set('centreId', scope.centreId);
  if (scope.wardId) query.set('wardId', scope.wardId);
  const suffix = query.size > 0 ? `?${query.toString()}` : '';
  return (await apiRequest(`/api/plans/${planId}/calendar${suffix}`, calendarSchema)).data;
}
