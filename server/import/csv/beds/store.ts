import type { Centre } from '../../../../solver/formats.ts';
import { insertRows } from '../../../db/bulk.ts';
import type { Queryable } from '../../../db/database.ts';
import { periodColumns, periodRows } from '../../../repos/periods.ts';
import { capacityColumns, capacityRows } from '../../../repos/wardCapacity.ts';

/** Inserts rows of one instance, or updates the row with the same id (keeping columns not listed). */
async function upsertRows(tx: Queryable, table: string, instanceId: string, columns: string, rows: object[]) {
  if (rows.length === 0) return;
  const names = columns.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '');
  const updates = names.filter((n) => n !== 'id').map((n) => `${n} = excluded.${n}`);
  await tx.query(
    `INSERT INTO ${table} (instance_id, ${names.join(', ')})
     SELECT $1, ${names.join(', ')} FROM jsonb_to_recordset($2::jsonb) AS x(${columns})
     ON CONFLICT (instance_id, id) DO UPDATE SET ${updates.join(', ')}`,
    [instanceId, JSON.stringify(rows)],
  );
}

const deleteOthers = (tx: Queryable, table: string, instanceId: string, keep: string[]) =>
  tx.query(`DELETE FROM ${table} WHERE instance_id = $1 AND NOT (id = ANY($2::text[]))`, [instanceId, keep]);

/**
 * Puts a new bed tree in place of an instance's stored one, in the caller's transaction. Kept ids are updated
 * in place, so rows that name them (pins, fixed stays) stay; dropped ones must no longer be named by anything.
 */
export async function replaceBedTree(tx: Queryable, instanceId: string, centres: Centre[]): Promise<void> {
  const wards = centres.flatMap((c) => c.wards.map((w, position) => ({ ...w, centreId: c.id, position })));
  const rooms = wards.flatMap((w) => w.rooms.map((r, position) => ({ ...r, wardId: w.id, position })));
  const beds = rooms.flatMap((r) => r.beds.map((b, position) => ({ ...b, roomId: r.id, position })));

  await tx.query('DELETE FROM ward_closures WHERE instance_id = $1', [instanceId]);
  await tx.query('DELETE FROM ward_capacity WHERE instance_id = $1', [instanceId]);
  await tx.query('DELETE FROM bed_out_of_service WHERE instance_id = $1', [instanceId]);
  await upsertRows(
    tx,
    'centres',
    instanceId,
    'id text, position integer, name text',
    centres.map((c, position) => ({ id: c.id, position, name: c.name })),
  );
  await upsertRows(
    tx,
    'wards',
    instanceId,
    'id text, centre_id text, position integer, name text, tags text[]',
    wards.map((w) => ({ id: w.id, centre_id: w.centreId, position: w.position, name: w.name, tags: w.tags })),
  );
  await upsertRows(
    tx,
    'rooms',
    instanceId,
    'id text, ward_id text, position integer',
    rooms.map((r) => ({ id: r.id, ward_id: r.wardId, position: r.position })),
  );
  await upsertRows(
    tx,
    'beds',
    instanceId,
    'id text, room_id text, position integer, tags text[]',
    beds.map((b) => ({ id: b.id, room_id: b.roomId, position: b.position, tags: b.tags })),
  );
  await deleteOthers(
    tx,
    'beds',
    instanceId,
    beds.map((b) => b.id),
  );
  await deleteOthers(
    tx,
    'rooms',
    instanceId,
    rooms.map((r) => r.id),
  );
  await deleteOthers(
    tx,
    'wards',
    instanceId,
    wards.map((w) => w.id),
  );
  await deleteOthers(
    tx,
    'centres',
    instanceId,
    centres.map((c) => c.id),
  );
  await insertRows(
    tx,
    'ward_closures',
    instanceId,
    periodColumns('ward_id'),
    wards.flatMap((w) => periodRows('ward_id', w.id, w.closures)),
  );
  await insertRows(tx, 'ward_capacity', instanceId, capacityColumns, wards.flatMap(capacityRows));
  await insertRows(
    tx,
    'bed_out_of_service',
    instanceId,
    periodColumns('bed_id'),
    beds.flatMap((b) => periodRows('bed_id', b.id, b.outOfService)),
  );
}
