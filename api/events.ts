/** Staff events on a plan version (POST /api/plans/:planId/events): the repaired plan is a new draft. */
import { z } from 'zod';
import { events, id, isoDate } from '../solver/formats.ts';
import { planSummary } from './plans.ts';
import { planRef } from './refs.ts';

export const eventsRequest = z.object({
  today: isoDate,
  events: events.min(1).max(500),
  noticeDays: z.number().int().min(0).max(60).optional(),
});

const span = z.object({ bedId: id, start: isoDate, end: isoDate }).nullable();

/** One change the repair made: where the stay was and is (null: waiting), why, and what kind of change. */
export const repairMove = z.object({
  ref: planRef,
  from: span,
  to: span,
  reason: z.string(),
  kind: z.enum(['event', 'moved', 'placed', 'unplaced']),
});

/** The checker's figures with the verdict `valid` (and the repair's own counts after). */
const repairFigures = z.record(z.string(), z.union([z.number(), z.boolean()]));

export const eventsResult = z.object({
  plan: planSummary,
  status: z.enum(['ok', 'conflict', 'invalid']),
  moves: z.array(repairMove),
  figures: z.object({ before: repairFigures, after: repairFigures }),
  warnings: z.array(z.string()),
  conflicts: z.array(z.string()),
  violations: z.array(z.object({ rule: z.string(), refs: z.array(z.string()), message: z.string() })),
});

/** What a client sends. */
export type EventsBody = z.input<typeof eventsRequest>;
/** What the server acts on. */
export type EventsOptions = z.infer<typeof eventsRequest>;
export type RepairMove = z.infer<typeof repairMove>;
export type EventsResult = z.infer<typeof eventsResult>;
