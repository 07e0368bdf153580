import { bedTree, instanceList, type BedTree, type InstanceEntry } from '../../../api/instances.ts';
import { apiRequest } from './client.ts';

export type { BedTree, InstanceEntry };

/** GET /api/instances */
export async function listInstances(): Promise<InstanceEntry[]> {
  return (await apiRequest('/api/instances', instanceList)).data;
}

/** GET /api/instances/:id/beds */
export async function getBedTree(instanceId: string): Promise<BedTree> {
  return (await apiRequest(`/api/instances/${encodeURIComponent(instanceId)}/beds`, bedTree)).data;
}
