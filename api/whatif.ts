/** What-if jobs: scenarios solved beside the baseline in the background, and their comparison. */
import { z } from 'zod';
import { id } from '../solver/formats.ts';
import { figureNames, type FigureName } from '../solver/scenario/figures.ts';
import { figureOptions, scenario, scenarioChange } from '../solver/scenario/schema.ts';

/** POST /api/instances/:id/whatif */
export const whatIfRequest = z.object({
  scenarios: z.array(scenario).min(1).max(5),
  /** Seeds 1..seeds: each scenario and the baseline are solved once per seed. */
  seeds: z.number().int().min(1).max(5).default(1),
  /** Search iterations per solve (0: construction only). */
  iterations: z.number().int().min(0).max(20_000).default(2000),
  figures: figureOptions.default(figureOptions.parse({})),
});

/** A `progress` event of a what-if job: the solve about to start (scenario null: the baseline). */
export const whatIfProgress = z.object({
  scenario: z.string().nullable(),
  seed: z.number().int(),
  /** 1-based number of this solve, of `runs`. */
  run: z.number().int().min(1),
  runs: z.number().int().min(1),
});

export const figureName = z.enum(figureNames);

export const spread = z.object({ mean: z.number(), min: z.number(), max: z.number() });

export const figureComparison = z.object({
  figure: figureName,
  baseline: spread,
  scenario: spread,
  difference: spread,
});

const whatIfRun = z.object({
  seed: z.number().int(),
  figures: z
    .object(
      Object.fromEntries(figureNames.map((name) => [name, z.number()])) as Record<FigureName, z.ZodNumber>,
    )
    .extend({ valid: z.boolean() }),
  iterations: z.number().int().min(0),
  seconds: z.number(),
  changes: z.array(
    z.object({
      type: z.enum(scenarioChange.options.map((option) => option.shape.type.value)),
      changed: z.number().int(),
      added: z.number().int(),
      removed: z.number().int(),
    }),
  ),
});

/** What runWhatIf returns: the baseline's runs and each scenario's runs and comparison. */
export const whatIfResult = z.object({
  seeds: z.array(z.number().int()),
  budget: z.object({ timeLimitSeconds: z.number().optional(), maxIterations: z.number().optional() }),
  baseline: z.array(whatIfRun),
  scenarios: z.array(
    z.object({
      name: z.string(),
      description: z.string(),
      runs: z.array(whatIfRun),
      comparison: z.array(figureComparison),
    }),
  ),
});

/** A what-if job, as GET /api/jobs/:jobId answers it; also the `done` event of its event stream. */
export const whatIfJob = z.object({
  id: z.uuid(),
  kind: z.literal('whatif'),
  instanceId: id,
  status: z.enum(['running', 'done', 'cancelled', 'failed']),
  progress: z.null(),
  /** The solve under way. */
  run: whatIfProgress.nullable(),
  result: whatIfResult.optional(),
  error: z.string().optional(),
});

export type WhatIfBody = z.input<typeof whatIfRequest>;
export type WhatIfRequest = z.infer<typeof whatIfRequest>;
export type WhatIfProgress = z.infer<typeof whatIfProgress>;
export type FigureComparisonView = z.infer<typeof figureComparison>;
export type WhatIfResultView = z.infer<typeof whatIfResult>;
export type WhatIfJob = z.infer<typeof whatIfJob>;
