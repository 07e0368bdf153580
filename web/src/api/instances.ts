import { z } from 'zod';
import { bedTree, instanceEntry, type BedTree, type InstanceEntry } from '../../../api/instances.ts';
import { apiRequest } from './client.ts';

export type { BedTree, InstanceEntry };

/** GET /api/instances */
export async function listInstances(): Promise<InstanceEntry[]> {
  return (await apiRequest('/api/instances', z.array(instanceEntry))).data;
}

/** GET /api/instances/:id/beds */
export async function getBedTree(instanceId: string): Promise<BedTree> {
  return (await apiRequest(`/api/instances/${encodeURIComponent(instanceId)}/beds`, bedTree)).data;
}
