/** What a planner sends to override a plan by hand, and how a stay is named in it. */
import { z } from 'zod';
import { id, isoDate, occurrenceRef, requestRef } from '../../solver/formats.ts';

export const fixedStayRef = z.object({ fixedStayId: id });

/** A request, an occurrence of a series, or one of the instance's fixed stays. */
export const stayRef = z.union([requestRef, occurrenceRef, fixedStayRef]);

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

export type StayRef = z.infer<typeof stayRef>;
export type PlanRef = z.infer<typeof requestRef> | z.infer<typeof occurrenceRef>;
export type Override = z.infer<typeof overrideBody>;
export type MoveOverride = z.infer<typeof move>;
