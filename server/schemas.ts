/**
 * The shapes the API answers with beyond format v1 (which is solver/formats.ts). Types come from these
 * schemas, and the OpenAPI document is generated from them.
 */
import { z } from 'zod';
import { centre, dateRange, id, plan } from '../solver/formats.ts';

const count = z.number().int().min(0);
const timestamp = z.iso.datetime();

export const instanceSummary = z.object({
  horizon: dateRange,
  turnoverDays: count,
  centres: count,
  wards: count,
  beds: count,
  people: count,
  requests: count,
  series: count,
  fixed: count,
});

export const instanceEntry = z.object({
  id,
  name: z.string(),
  createdAt: timestamp,
  summary: instanceSummary,
});

export const bedTree = z.object({ centres: z.array(centre) });

export const planStatus = z.enum(['draft', 'published']);

export const planSummary = z.object({
  id: z.number().int().min(1),
  instanceId: id,
  version: z.number().int().min(1),
  status: planStatus,
  createdAt: timestamp,
  publishedAt: timestamp.nullable(),
  stays: count,
  unplaced: count,
});

export const planRecord = planSummary.extend({ plan });

export const health = z.object({ status: z.enum(['ok', 'degraded']), database: z.boolean() });

export const errorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown() }),
});

export type InstanceSummary = z.infer<typeof instanceSummary>;
export type InstanceEntry = z.infer<typeof instanceEntry>;
export type PlanStatus = z.infer<typeof planStatus>;
export type PlanSummary = z.infer<typeof planSummary>;
export type PlanRecord = z.infer<typeof planRecord>;
export type Health = z.infer<typeof health>;
