import type { Centre, DateRange, WardCapacity } from '../../solver/formats.ts';
import { groupBy, insertRows, upsertRows } from './bulk.ts';
import type { Queryable } from '../db/database.ts';
import { periodColumns, periodRows, periodsOf } from './periods.ts';
import { capacityColumns, capacityOf, capacityRows } from './wardCapacity.ts';

/** The rows of one table of a bed tree, in the shape insertRows and its kin take. */
interface TableRows {
  table: string;
  columns: string;
  rows: Record<string, unknown>[];
}

/**
 * A bed tree as table rows: `tree` the centres, wards, rooms and beds (each row with an id, parents first),
 * `periods` the closures, capacity periods and out-of-service periods that hang on them.
 */
function bedTreeTables(centres: Centre[]): { tree: TableRows[]; periods: TableRows[] } {
  const wards = centres.flatMap((c) => c.wards.map((w, position) => ({ ...w, centreId: c.id, position })));
  const rooms = wards.flatMap((w) => w.rooms.map((r, position) => ({ ...r, wardId: w.id, position })));
  const beds = rooms.flatMap((r) => r.beds.map((b, position) => ({ ...b, roomId: r.id, position })));
  return {
    tree: [
      {
        table: 'centres',
        columns: 'id text, position integer, name text',
        rows: centres.map((c, position) => ({ id: c.id, position, name: c.name })),
      },
      {
        table: 'wards',
        columns: 'id text, centre_id text, position integer, name text, tags text[]',
        rows: wards.map((w) => ({
          id: w.id,
          centre_id: w.centreId,
          position: w.position,
          name: w.name,
          tags: w.tags,
        })),
      },
      {
        table: 'rooms',
        columns: 'id text, ward_id text, position integer',
        rows: rooms.map((r) => ({ id: r.id, ward_id: r.wardId, position: r.position })),
      },
      {
        table: 'beds',
        columns: 'id text, room_id text, position integer, tags text[]',
        rows: beds.map((b) => ({ id: b.id, room_id: b.roomId, position: b.position, tags: b.tags })),
      },
    ],
    periods: [
      {
        table: 'ward_closures',
        columns: periodColumns('ward_id'),
        rows: wards.flatMap((w) => periodRows('ward_id', w.id, w.closures)),
      },
      { table: 'ward_capacity', columns: capacityColumns, rows: wards.flatMap(capacityRows) },
      {
        table: 'bed_out_of_service',
        columns: periodColumns('bed_id'),
        rows: beds.flatMap((b) => periodRows('bed_id', b.id, b.outOfService)),
      },
    ],
  };
}

/**
 * Stores the centres of an instance with their wards, closures, capacity periods, rooms, beds and
 * out-of-service periods.
 */
export async function writeBedTree(tx: Queryable, instanceId: string, centres: Centre[]): Promise<void> {
  const { tree, periods } = bedTreeTables(centres);
  for (const { table, columns, rows } of [...tree, ...periods])
    await insertRows(tx, table, instanceId, columns, rows);
}

const deleteOthers = (tx: Queryable, table: string, instanceId: string, keep: string[]) =>
  tx.query(`DELETE FROM ${table} WHERE instance_id = $1 AND NOT (id = ANY($2::text[]))`, [instanceId, keep]);

/**
 * Puts a new bed tree in place of an instance's stored one, in the caller's transaction. Kept ids are updated
 * in place, so rows that name them (pins, fixed stays) stay; dropped ones must no longer be named by anything.
 */
export async function replaceBedTree(tx: Queryable, instanceId: string, centres: Centre[]): Promise<void> {
  const { tree, periods } = bedTreeTables(centres);
  for (const { table } of periods)
    await tx.query(`DELETE FROM ${table} WHERE instance_id = $1`, [instanceId]);
  for (const { table, columns, rows } of tree) await upsertRows(tx, table, instanceId, columns, rows);
  for (const { table, rows } of [...tree].reverse())
    await deleteOthers(
      tx,
      table,
      instanceId,
      rows.map((row) => String(row.id)),
    );
  for (const { table, columns, rows } of periods) await insertRows(tx, table, instanceId, columns, rows);
}

/** The centres of an instance in format v1 (the bed tree), in the order they were stored. */
export async function readBedTree(q: Queryable, instanceId: string): Promise<Centre[]> {
  const [centres, wards, rooms, beds] = await Promise.all([
    q.query<{ id: string; name: string }>(
      'SELECT id, name FROM centres WHERE instance_id = $1 ORDER BY position',
      [instanceId],
    ),
    q.query<{
      id: string;
      centre_id: string;
      name: string;
      tags: string[];
      closures: DateRange[];
      capacity: WardCapacity[];
    }>(
      `SELECT w.id, w.centre_id, w.name, w.tags, ${periodsOf('ward_closures', 'ward_id', 'w')} AS closures,
         ${capacityOf('w')} AS capacity
       FROM wards w WHERE w.instance_id = $1 ORDER BY w.position`,
      [instanceId],
    ),
    q.query<{ id: string; ward_id: string }>(
      'SELECT id, ward_id FROM rooms WHERE instance_id = $1 ORDER BY position',
      [instanceId],
    ),
    q.query<{ id: string; room_id: string; tags: string[]; out_of_service: DateRange[] }>(
      `SELECT b.id, b.room_id, b.tags, ${periodsOf('bed_out_of_service', 'bed_id', 'b')} AS out_of_service
       FROM beds b WHERE b.instance_id = $1 ORDER BY b.position`,
      [instanceId],
    ),
  ]);
  const bedsByRoom = groupBy(beds, (b) => b.room_id);
  const roomsByWard = groupBy(rooms, (r) => r.ward_id);
  const wardsByCentre = groupBy(wards, (w) => w.centre_id);
  return centres.map((c) => ({
    id: c.id,
    name: c.name,
    wards: (wardsByCentre.get(c.id) ?? []).map((w) => ({
      id: w.id,
      name: w.name,
      tags: w.tags,
      closures: w.closures,
      ...(w.capacity.length > 0 ? { capacity: w.capacity } : {}),
      rooms: (roomsByWard.get(w.id) ?? []).map((r) => ({
        id: r.id,
        beds: (bedsByRoom.get(r.id) ?? []).map((b) => ({
          id: b.id,
          tags: b.tags,
          outOfService: b.out_of_service,
        })),
      })),
    })),
  }));
}
