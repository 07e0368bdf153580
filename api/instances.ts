/** Planning instances: what the API tells about a stored instance, and how one is imported. */
import { z } from 'zod';
import { centre, dateRange, id, instance, request } from '../solver/formats.ts';
import { count, timestamp } from './scalars.ts';

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

/** POST /api/instances?id=&name= (the body is an instance in format v1). */
/** GET /api/instances, oldest first. */
export const instanceList = z.array(instanceEntry);

export const importQuery = z.object({
  id: z
    .string()
    .regex(
      /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/,
      'letters, digits, - and _, at most 64, starting with a letter or digit',
    )
    .optional(),
  name: z.string().trim().min(1).max(200).optional(),
});

export const bedTree = z.object({ centres: z.array(centre) });

/** GET /api/instances/:id/requests: the waiting list in format v1, in the order imported. */
export const requestList = z.array(request);

/** What the series page reads of GET /api/instances/:id (an instance in format v1): people and series. */
export const instanceSeries = z.object({
  people: instance.shape.people,
  series: instance.shape.series,
});

export type InstanceSummary = z.infer<typeof instanceSummary>;
export type InstanceEntry = z.infer<typeof instanceEntry>;
export type BedTree = z.infer<typeof bedTree>;
export type InstanceSeries = z.infer<typeof instanceSeries>;
