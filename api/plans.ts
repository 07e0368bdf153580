/** Plan versions: their summaries, one with its stays, and what changed between two. */
import { z } from 'zod';
import { id, isoDate, plan } from '../solver/formats.ts';
import { planRef } from './refs.ts';
import { planId, planParams } from './params.ts';
import { count, timestamp } from './scalars.ts';

export const planStatus = z.enum(['draft', 'published']);

export const planSummary = z.object({
  id: z.number().int().min(1),
  instanceId: id,
  version: z.number().int().min(1),
  /** Counts the writes to this version (1 when saved); GET /api/plans/:planId sends it as the ETag. */
  revision: z.number().int().min(1),
  status: planStatus,
  createdAt: timestamp,
  publishedAt: timestamp.nullable(),
  stays: count,
  unplaced: count,
});

/** GET /api/instances/:id/plans, newest first, without their stays. */
export const planList = z.array(planSummary);

export const planRecord = planSummary.extend({ plan });

export const segment = z.object({ bedId: id, start: isoDate, end: isoDate });

/** All segments of one stay (more than one when it changes bed part-way), in date order. */
export const placement = z.object({ ref: planRef, segments: z.array(segment) });

export const planDiff = z.object({
  added: z.array(placement).describe('placed in the second plan, not in the first'),
  removed: z.array(placement).describe('placed in the first plan, not in the second'),
  moved: z
    .array(z.object({ ref: planRef, from: z.array(segment), to: z.array(segment) }))
    .describe('placed in both, in another bed or on other dates'),
  unchanged: count,
});

export const diffParams = planParams.extend({ otherId: planId });

/** GET /api/plans/:planId/diff/:otherId: the diff with the two versions it compares. */
export const planDiffAnswer = planDiff.extend({ from: planSummary, to: planSummary });

export type PlanStatus = z.infer<typeof planStatus>;
export type PlanSummary = z.infer<typeof planSummary>;
export type PlanRecord = z.infer<typeof planRecord>;
export type Segment = z.infer<typeof segment>;
export type Placement = z.infer<typeof placement>;
export type PlanDiff = z.infer<typeof planDiff>;
export type PlanDiffAnswer = z.infer<typeof planDiffAnswer>;
