import type { z } from 'zod';
import { instanceSeries, type InstanceSeries } from '../../../api/instances.ts';
import { series } from '../../../solver/formats.ts';
import { apiRequest } from './client.ts';

export type { InstanceSeries };
export type SeriesBody = z.input<typeof series>;
export type SavedSeries = z.infer<typeof series>;

const instancePath = (instanceId: string) => `/api/instances/${encodeURIComponent(instanceId)}`;

/** GET /api/instances/:id (planners): its people and rotation series. */
export async function getInstanceSeries(instanceId: string): Promise<InstanceSeries> {
  return (await apiRequest(instancePath(instanceId), instanceSeries)).data;
}

/** POST /api/instances/:id/series: saves a new series; the server answers with it as stored. */
export async function createSeries(instanceId: string, body: SeriesBody): Promise<SavedSeries> {
  return (await apiRequest(`${instancePath(instanceId)}/series`, series, { method: 'POST', body })).data;
}
