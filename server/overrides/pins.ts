/** Writes what an override changes in the instance: the pin of a request or occurrence, a request's nights. */
import type { Queryable } from '../db/database.ts';
import type { Pin } from './apply.ts';
import type { PlanRef } from '../../api/refs.ts';
import { isRequestRef } from './refs.ts';

/** Gives `ref` the pin `pin`, or takes its pin away (null). */
export async function writePin(
  tx: Queryable,
  instanceId: string,
  ref: PlanRef,
  pin: Pin | null,
): Promise<void> {
  if (isRequestRef(ref)) {
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

/** A request's decided length after an extension or a shortening by hand. */
export async function writeRequestNights(
  tx: Queryable,
  instanceId: string,
  requestId: string,
  nights: number,
): Promise<void> {
  await tx.query('UPDATE requests SET nights = $3 WHERE instance_id = $1 AND id = $2', [
    instanceId,
    requestId,
    nights,
  ]);
}
