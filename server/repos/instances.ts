import { randomUUID } from 'node:crypto';
import type { Instance } from '../../solver/formats.ts';
import type { Database, Queryable } from '../db/database.ts';
import type { InstanceEntry } from '../../api/instances.ts';
import { readBedTree, writeBedTree } from './bedTree.ts';
import { RepoError } from './errors.ts';
import { readFixedStays, writeFixedStays } from './fixedStays.ts';
import { readPeople, writePeople } from './people.ts';
import { readRequests, writeRequests } from './requests.ts';
import { readSeries, writeSeries } from './series.ts';

export interface InstanceNaming {
  /** Chosen by the caller, or a fresh UUID. */
  id?: string | undefined;
  /** Defaults to the id. */
  name?: string | undefined;
}

/**
 * Stores a parsed v1 instance in one transaction: all of it or nothing. An id already taken is a conflict.
 * The instance must have passed the format's schema (unique ids, known references).
 */
export async function importInstance(
  db: Database,
  instance: Instance,
  naming: InstanceNaming = {},
): Promise<InstanceEntry> {
  const id = naming.id ?? randomUUID();
  await db.transaction(async (tx) => {
    const inserted = await tx.query(
      `INSERT INTO instances (id, name, horizon_start, horizon_end, turnover_days) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [id, naming.name ?? id, instance.horizon.start, instance.horizon.end, instance.turnoverDays],
    );
    if (inserted.length === 0) throw new RepoError('conflict', `det finnes allerede en instans med id ${id}`);
    await writeBedTree(tx, id, instance.centres);
    await writePeople(tx, id, instance.people);
    await writeRequests(tx, id, instance.requests);
    await writeSeries(tx, id, instance.series);
    await writeFixedStays(tx, id, instance.fixed);
  });
  const entry = await findInstance(db, id);
  if (!entry) throw new Error(`instance ${id} vanished right after it was stored`);
  return entry;
}

/** What format v1 says of an instance beside its rows: the horizon and the turnover days. */
export type InstanceHead = Pick<Instance, 'version' | 'horizon' | 'turnoverDays'>;

/** The head of a stored instance, or null when there is none with that id. */
export async function readInstanceHead(q: Queryable, id: string): Promise<InstanceHead | null> {
  const [head] = await q.query<{ horizon_start: string; horizon_end: string; turnover_days: number }>(
    'SELECT horizon_start, horizon_end, turnover_days FROM instances WHERE id = $1',
    [id],
  );
  if (!head) return null;
  return {
    version: 1,
    horizon: { start: head.horizon_start, end: head.horizon_end },
    turnoverDays: head.turnover_days,
  };
}

/** The stored instance exactly as it was imported (format v1), or null when there is none with that id. */
export async function exportInstance(q: Queryable, id: string): Promise<Instance | null> {
  const head = await readInstanceHead(q, id);
  if (!head) return null;
  const [centres, people, requests, series, fixed] = await Promise.all([
    readBedTree(q, id),
    readPeople(q, id),
    readRequests(q, id),
    readSeries(q, id),
    readFixedStays(q, id),
  ]);
  return { ...head, centres, people, requests, series, fixed };
}

const countOf = (table: string) => `(SELECT count(*) FROM ${table} t WHERE t.instance_id = i.id)::integer`;

const entries = `
  SELECT i.id, i.name, i.created_at, i.horizon_start, i.horizon_end, i.turnover_days,
         ${countOf('centres')} AS centres, ${countOf('wards')} AS wards, ${countOf('beds')} AS beds,
         ${countOf('people')} AS people, ${countOf('requests')} AS requests, ${countOf('series')} AS series,
         ${countOf('fixed_stays')} AS fixed
  FROM instances i`;

interface EntryRow {
  id: string;
  name: string;
  created_at: Date;
  horizon_start: string;
  horizon_end: string;
  turnover_days: number;
  centres: number;
  wards: number;
  beds: number;
  people: number;
  requests: number;
  series: number;
  fixed: number;
}

const toEntry = (r: EntryRow): InstanceEntry => ({
  id: r.id,
  name: r.name,
  createdAt: r.created_at.toISOString(),
  summary: {
    horizon: { start: r.horizon_start, end: r.horizon_end },
    turnoverDays: r.turnover_days,
    centres: r.centres,
    wards: r.wards,
    beds: r.beds,
    people: r.people,
    requests: r.requests,
    series: r.series,
    fixed: r.fixed,
  },
});

/** Every stored instance with what it holds, oldest first. */
export async function listInstances(q: Queryable): Promise<InstanceEntry[]> {
  return (await q.query<EntryRow>(`${entries} ORDER BY i.created_at, i.id`)).map(toEntry);
}

export async function findInstance(q: Queryable, id: string): Promise<InstanceEntry | null> {
  const [row] = await q.query<EntryRow>(`${entries} WHERE i.id = $1`, [id]);
  return row ? toEntry(row) : null;
}
