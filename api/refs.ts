/** How the API names a stay: the one stay-reference union of the contract. */
import { z } from 'zod';
import { id, occurrenceRef, requestRef } from '../solver/formats.ts';

/** A stay of the plan: a request, or one occurrence of a rotation series. */
export const planRef = z.union([requestRef, occurrenceRef]);

/** One of the instance's fixed stays (already in a bed before planning). */
export const fixedStayRef = z.object({ fixedStayId: id });

/** Any stay the calendar shows: a plan stay or a fixed stay. */
export const stayRef = z.union([...planRef.options, fixedStayRef]);

export type PlanRef = z.infer<typeof planRef>;
export type StayRef = z.infer<typeof stayRef>;
