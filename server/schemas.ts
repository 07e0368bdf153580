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
  /** Counts the writes to this version (1 when saved); GET /api/plans/:planId sends it as the ETag. */
  revision: z.number().int().min(1),
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

export const solveProgress = z.object({
  phase: z.enum(['guide', 'construct', 'search', 'done']),
  seconds: z.number(),
  iterations: count,
  score: z.number(),
  bestScore: z.number(),
  unplaced: count,
});

export const solveRequest = z.object({
  timeLimitSeconds: z.number().min(1).max(600).default(30),
  seed: z.number().int().optional(),
  lp: z.enum(['highs', 'jslp', 'none']).optional(),
});

/** The checker's figures of a plan (solver/checker/figures.ts). */
export const planFigures = z.record(z.string(), z.number());

export const solveJob = z.object({
  id: z.uuid(),
  instanceId: id,
  status: z.enum(['running', 'done', 'cancelled', 'failed']),
  progress: solveProgress.nullable(),
  planId: z.number().int().min(1).optional(),
  figures: planFigures.optional(),
  error: z.string().optional(),
});

export const jobStarted = z.object({ jobId: z.uuid() });

export type SolveJob = z.infer<typeof solveJob>;
