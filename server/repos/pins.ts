/** The pins of requests and of series occurrences, which overrides and events write. */
import type { Queryable } from '../db/database.ts';

/** A stay of the plan as pins name it: a request, or one occurrence of a series. */
export type PinnedRef = { requestId: string } | { seriesId: string; occurrence: number };

/** Where a stay is pinned: a bed, a first night, or both. */
export interface PinPlace {
  bedId?: string | undefined;
  start?: string | undefined;
}

/** Gives `ref` the pin `pin`, or takes its pin away (null). */
export async function writePin(
  tx: Queryable,
  instanceId: string,
  ref: PinnedRef,
  pin: PinPlace | null,
): Promise<void> {
  if ('requestId' in ref) {
    await tx.query(
      `UPDATE requests SET pinned = $3, pin_bed_id = $4, pin_start = $5 WHERE instance_id = $1 AND id = $2`,
      [instanceId, ref.requestId, pin !== null, pin?.bedId ?? null, pin?.start ?? null],
    );
    return;
  }
  // Locks the series: two plans of one instance may pin occurrences of it at the same time.
  await tx.query('SELECT id FROM series WHERE instance_id = $1 AND id = $2 FOR UPDATE', [
    instanceId,
    ref.seriesId,
  ]);
  await tx.query('DELETE FROM series_pins WHERE instance_id = $1 AND series_id = $2 AND occurrence = $3', [
    instanceId,
    ref.seriesId,
    ref.occurrence,
  ]);
  if (pin === null) return;
  await tx.query(
    `INSERT INTO series_pins (instance_id, series_id, position, occurrence, bed_id, start_date)
     SELECT $1, $2, COALESCE(max(position), -1) + 1, $3, $4, $5
       FROM series_pins WHERE instance_id = $1 AND series_id = $2`,
    [instanceId, ref.seriesId, ref.occurrence, pin.bedId ?? null, pin.start ?? null],
  );
}
