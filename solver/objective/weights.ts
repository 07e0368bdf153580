import { z } from 'zod';

/**
 * The weights of the soft constraints, in kroner-like units: per night for unplaced demand and idle beds,
 * per day for waiting, per event for transfers, series changes and preference misses. In order of
 * importance: an unplaced night outweighs an idle bed-night, which outweighs a hospital waiting day
 * (weighted with what it costs the municipality: 5,981 NOK in 2025), which outweighs a home waiting day.
 * A transfer upsets a whole stay and weighs a few nights. A rotation user keeps one bed for the whole
 * series (predictability for user and family): moving one to another bed weighs more than a three-week
 * stay is worth, so the search rather leaves an occurrence unplaced than splits a series over beds.
 */
export const weightsSchema = z.object({
  /** Per unplaced night, multiplied by the priority factor of the request (1 = most urgent). */
  unplacedNight: z.number().min(0).default(8_000),
  /** Multipliers for priorities 1..5; series occurrences count as priority 2. */
  priorityFactors: z
    .tuple([z.number(), z.number(), z.number(), z.number(), z.number()])
    .default([2, 1.6, 1.3, 1.1, 1]),
  idleBedNight: z.number().min(0).default(6_000),
  hospitalWaitDay: z.number().min(0).default(5_981),
  waitDay: z.number().min(0).default(500),
  transfer: z.number().min(0).default(50_000),
  seriesBedChange: z.number().min(0).default(400_000),
  seriesCentreChange: z.number().min(0).default(100_000),
  preferenceMiss: z.number().min(0).default(300),
});

export type Weights = z.infer<typeof weightsSchema>;

export const defaultWeights: Weights = weightsSchema.parse({});

export const SERIES_PRIORITY = 2;

export function priorityFactor(weights: Weights, priority: number): number {
  return weights.priorityFactors[Math.min(Math.max(priority, 1), 5) - 1] as number;
}
