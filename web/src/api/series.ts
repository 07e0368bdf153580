import { z } from 'zod';
import { person, series } from '../../../solver/formats.ts';
import { apiRequest } from './client.ts';

export type SeriesBody = z.input<typeof series>;
export type SavedSeries = z.infer<typeof series>;

/** The parts of an exported instance the series page needs: who can have a series, and the series. */
export const instanceSeriesSchema = z.object({ people: z.array(person), series: z.array(series) });

export type InstanceSeries = z.infer<typeof instanceSeriesSchema>;

const instancePath = (instanceId: string) => `/api/instances/${encodeURIComponent(instanceId)}`;

/** GET /api/instances/:id (planners): its people and rotation series. */
export async function getInstanceSeries(instanceId: string): Promise<InstanceSeries> {
  return (await apiRequest(instancePath(instanceId), instanceSeriesSchema)).data;
}

/** POST /api/instances/:id/series: saves a new series; the server answers with it as stored. */
export async function createSeries(instanceId: string, body: SeriesBody): Promise<SavedSeries> {
  return (await apiRequest(`${instancePath(instanceId)}/series`, series, { method: 'POST', body })).data;
}
