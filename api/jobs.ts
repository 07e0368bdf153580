/** Solve jobs: a solve of an instance in the background, its progress, and cancelling it. */
import { z } from 'zod';
import { id } from '../solver/formats.ts';
import { count, planFigures } from './scalars.ts';

/** POST /api/instances/:id/solve and POST /api/plans/:planId/solve */
export const solveRequest = z.object({
  timeLimitSeconds: z.number().min(1).max(600).default(30),
  seed: z.number().int().optional(),
  lp: z.enum(['highs', 'jslp', 'none']).optional(),
});

export const jobParams = z.object({ jobId: z.string().min(1).max(100) });

export const jobStarted = z.object({ jobId: z.uuid() });

/** A `progress` event of GET /api/jobs/:jobId/events. */
export const solveProgress = z.object({
  phase: z.enum(['guide', 'construct', 'search', 'done']),
  seconds: z.number(),
  iterations: count,
  score: z.number(),
  bestScore: z.number(),
  unplaced: count,
});

/** A job; also the `done` event of GET /api/jobs/:jobId/events. */
export const solveJob = z.object({
  id: z.uuid(),
  instanceId: id,
  status: z.enum(['running', 'done', 'cancelled', 'failed']),
  progress: solveProgress.nullable(),
  planId: z.number().int().min(1).optional(),
  figures: planFigures.optional(),
  error: z.string().optional(),
});

/** What a client sends (the time limit may be left out). */
export type SolveBody = z.input<typeof solveRequest>;
/** What the server acts on. */
export type SolveOptions = z.infer<typeof solveRequest>;
export type SolveProgress = z.infer<typeof solveProgress>;
export type SolveJob = z.infer<typeof solveJob>;
