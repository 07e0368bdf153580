import { z } from 'zod';
import { centre, dateRange, id } from '../../../solver/formats.ts';
import { apiRequest } from './client.ts';

export const instanceEntrySchema = z.object({
  id,
  name: z.string(),
  createdAt: z.string(),
  summary: z.object({ horizon: dateRange, beds: z.number() }).loose(),
});

export const bedTreeSchema = z.object({ centres: z.array(centre) });

export type InstanceEntry = z.infer<typeof instanceEntrySchema>;
export type BedTree = z.infer<typeof bedTreeSchema>;

/** GET /api/instances */
export async function listInstances(): Promise<InstanceEntry[]> {
  return (await apiRequest('/api/instances', z.array(instanceEntrySchema))).data;
}

/** GET /api/instances/:id/beds */
export async function getBedTree(instanceId: string): Promise<BedTree> {
  return (await apiRequest(`/api/instances/${encodeURIComponent(instanceId)}/beds`, bedTreeSchema)).data;
}
