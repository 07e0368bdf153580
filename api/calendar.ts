/**
 * The bed calendar of a plan version (GET /api/plans/:planId/calendar) and the ward feed's input
 * (GET /api/wards/:wardId/calendar.ics).
 */
import { z } from 'zod';
import { dateRange, id, isoDate, unplacedWhy } from '../solver/formats.ts';
import { planStatus } from './plans.ts';
import { planRef, stayRef } from './refs.ts';

/** A centre, a ward in it, or (neither) every bed: planners only. */
export const calendarQuery = z.object({ centreId: id.optional(), wardId: id.optional() });

export const wardCalendarParams = z.object({ wardId: id });

export const wardCalendarQuery = z.object({ instance: id });

export const calendarResource = z.object({
  id,
  centreId: id,
  centreName: z.string(),
  wardId: id,
  wardName: z.string(),
  roomId: id,
  /** The ward's tags and the bed's own. */
  tags: z.array(z.string()),
  title: z.string(),
});

export const calendarStay = z.object({
  /** Unique in the view: one entry per segment of a stay (a transfer has several). */
  key: z.string(),
  ref: stayRef,
  bedId: id,
  start: isoDate,
  /** The departure day: the stay holds the nights [start, end). */
  end: isoDate,
  /** The kind of stay (korttid, rehab, ..., the series' kind, or `fixed`). */
  kind: z.string(),
  /** The person's pseudonymous id, or their name for those allowed to see it. */
  label: z.string(),
  pinned: z.boolean(),
  fixed: z.boolean(),
  priority: z.number().int().min(1).max(5).optional(),
  /** A discharge from hospital (utskrivningsklar). */
  hospital: z.boolean().optional(),
});

export const calendarBackground = z.object({
  bedId: id.optional(),
  wardId: id.optional(),
  start: isoDate,
  end: isoDate,
  reason: z.enum(['closure', 'outOfService']),
});

/** A ward staffed for fewer beds than it has, for a period (the ward's `capacity`). */
export const calendarStaffing = z.object({
  wardId: id,
  start: isoDate,
  end: isoDate,
  beds: z.number().int(),
});

export const waitingEntry = z.object({
  ref: planRef,
  kind: z.string(),
  nights: z.number().int().min(1),
  /** 1 most urgent ... 5; a series occurrence counts as the objective counts it (2). */
  priority: z.number().int().min(1).max(5),
  earliestStart: isoDate,
  latestStart: isoDate.optional(),
  fromHospital: z.boolean(),
  /** Days from the earliest start to today (0 when that is still ahead). */
  waitingDays: z.number().int().min(0),
  /** What a waiting day costs the municipality in NOK: a hospital day (5,981), 0 for others. */
  dailyCost: z.number().min(0),
  requiredTags: z.array(z.string()),
  label: z.string(),
  /** Why the plan did not place it. */
  reason: z.string(),
  /** The same as a code with its parameters (absent for plans written before reasons had codes). */
  why: unplacedWhy.optional(),
});

export const calendarView = z.object({
  planId: z.number().int().min(1),
  instanceId: id,
  revision: z.number().int().min(1),
  status: planStatus,
  horizon: dateRange,
  resources: z.array(calendarResource),
  stays: z.array(calendarStay),
  background: z.array(calendarBackground),
  staffing: z.array(calendarStaffing),
  waiting: z.array(waitingEntry),
});

export type CalendarQuery = z.infer<typeof calendarQuery>;
export type CalendarResource = z.infer<typeof calendarResource>;
export type CalendarStay = z.infer<typeof calendarStay>;
export type CalendarBackground = z.infer<typeof calendarBackground>;
export type CalendarStaffing = z.infer<typeof calendarStaffing>;
export type WaitingEntry = z.infer<typeof waitingEntry>;
export type CalendarView = z.infer<typeof calendarView>;
