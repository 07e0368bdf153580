import { z } from 'zod';
import { type Event } from '../../../solver/formats.ts';
import { apiRequest } from './client.ts';
import { planSummarySchema } from './plans.ts';

export const replanResultSchema = z.object({
  plan: planSummarySchema,
  moves: z.array(z.unknown()).default([]),
  figures: z.object({
    before: z.record(z.string(), z.union([z.number(), z.boolean()])),
    after: z.record(z.string(), z.union([z.number(), z.boolean()])),
  }),
});

export type ReplanResult = z.infer<typeof replanResultSchema>;

/** POST /api/plans/:planId/events: applies staff events and saves the repaired plan as a new draft. */
export async function postEvents(planId: number, today: string, events: Event[]): Promise<ReplanResult> {
  const { data } = await apiRequest(`/api/plans/${planId}/events`, replanResultSchema, {
    method: 'POST',
    body: { today, events },
  });
  return data;
}
