/** Manual overrides of a draft (POST /api/plans/:planId/overrides) and how a refusal is told. */
import { z } from 'zod';
import { id, isoDate } from '../solver/formats.ts';
import { calendarStay } from './calendar.ts';
import { stayRef } from './refs.ts';

const move = z
  .object({
    action: z.literal('move'),
    ref: stayRef,
    bedId: id,
    start: isoDate,
    end: isoDate,
    /** Pin the stay where it is moved to (the default), or leave it unpinned. */
    pin: z.boolean().default(true),
  })
  .refine((m) => m.start < m.end, { message: 'end must be after start', path: ['end'] });

const pin = z.object({ action: z.literal('pin'), ref: stayRef, pinned: z.boolean() });

const unplace = z.object({ action: z.literal('unplace'), ref: stayRef });

export const overrideBody = z.discriminatedUnion('action', [move, pin, unplace]);

/** The new revision (also the ETag) and the stay as the calendar now shows it. */
export const overrideResult = z.object({ revision: z.number().int().min(1), stay: calendarStay.optional() });

/** The details of a 409 rule_broken: the hard rule, its bokmål message and the other stay in the way. */
export const ruleBroken = z.object({
  rule: z.string(),
  message: z.string(),
  other: stayRef.optional(),
});

/** What a client sends (`pin` may be left out). */
export type OverrideBody = z.input<typeof overrideBody>;
/** What the server acts on. */
export type Override = z.infer<typeof overrideBody>;
export type MoveOverride = z.infer<typeof move>;
export type OverrideResult = z.infer<typeof overrideResult>;
export type RuleBroken = z.infer<typeof ruleBroken>;
