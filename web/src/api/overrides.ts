import { z } from 'zod';
import { apiRequest } from './client.ts';
import { calendarStaySchema, stayRefSchema, type StayRef } from './calendar.ts';

export type OverrideBody =
  | { action: 'move'; ref: StayRef; bedId: string; start: string; end: string; pin?: boolean }
  | { action: 'pin'; ref: StayRef; pinned: boolean }
  | { action: 'unplace'; ref: StayRef };

export const overrideResultSchema = z.object({
  revision: z.number().int(),
  stay: calendarStaySchema.optional(),
});

/** The details of a 409 rule_broken: the hard rule, its bokmål message and the other stay. */
export const ruleBrokenSchema = z.object({
  rule: z.string(),
  message: z.string(),
  other: stayRefSchema.nullish(),
});

export type OverrideResult = z.infer<typeof overrideResultSchema>;
export type RuleBroken = z.infer<typeof ruleBrokenSchema>;

/** POST /api/plans/:planId/overrides with If-Match: "<revision>" */
export async function postOverride(
  planId: number,
  revision: number,
  body: OverrideBody,
): Promise<OverrideResult> {
  const { data } = await apiRequest(`/api/plans/${planId}/overrides`, overrideResultSchema, {
    method: 'POST',
    body,
    headers: { 'If-Match': `"${revision}"` },
  });
  return data;
}
