import type { Queryable } from '../db/database.ts';

/**
 * Locks the row of instance `instanceId` until transaction `tx` ends (SELECT ... FOR UPDATE), so that writers
 * of one instance queue up. False when there is no such instance.
 */
export async function lockInstance(tx: Queryable, instanceId: string): Promise<boolean> {
  const rows = await tx.query('SELECT id FROM instances WHERE id = $1 FOR UPDATE', [instanceId]);
  return rows.length > 0;
}
