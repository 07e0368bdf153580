import type { Instance } from '../../../solver/formats.ts';
import type { Queryable } from '../../db/database.ts';
import { ApiError } from '../../errors.ts';
import { lockInstance } from '../../repos/instanceLock.ts';
import { exportInstance } from '../../repos/instances.ts';

/** The stored instance, locked until the transaction ends so that imports of one instance queue up. */
export async function lockedInstance(tx: Queryable, id: string): Promise<Instance> {
  const found = (await lockInstance(tx, id)) ? await exportInstance(tx, id) : null;
  if (!found) throw new ApiError(404, 'not_found', `finner ikke instansen ${id}`);
  return found;
}
