import type { Plan } from '../../../solver/formats.ts';
import type { Queryable } from '../../db/database.ts';

export interface PlanUsingBeds {
  planId: number;
  version: number;
  bedIds: string[];
}

/** The plan versions of an instance with stays in any of `bedIds`, naming those beds. */
export async function plansUsing(
  q: Queryable,
  instanceId: string,
  bedIds: string[],
): Promise<PlanUsingBeds[]> {
  if (bedIds.length === 0) return [];
  const wanted = new Set(bedIds);
  const rows = await q.query<{ id: number; version: number; body: Plan }>(
    'SELECT id, version, body FROM plans WHERE instance_id = $1 ORDER BY version',
    [instanceId],
  );
  return rows
    .map((r) => ({
      planId: r.id,
      version: r.version,
      bedIds: [...new Set(r.body.stays.map((s) => s.bedId).filter((b) => wanted.has(b)))],
    }))
    .filter((p) => p.bedIds.length > 0);
}
