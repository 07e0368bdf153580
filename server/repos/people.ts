import type { Person } from '../../solver/formats.ts';
import { insertRows } from './bulk.ts';
import type { Queryable } from '../db/database.ts';
import { appendAfterStored } from './positions.ts';

/** Stores the people of an instance: pseudonymous id, sex and partner (a person's name is not in format v1). */
export async function writePeople(tx: Queryable, instanceId: string, people: Person[]): Promise<void> {
  await insertRows(
    tx,
    'people',
    instanceId,
    'id text, position integer, sex text, partner_id text',
    people.map((p, position) => ({ id: p.id, position, sex: p.sex, partner_id: p.partnerId })),
  );
}

interface PersonRow {
  id: string;
  sex: Person['sex'];
  partner_id: string | null;
}

const toPerson = (r: PersonRow): Person => ({ id: r.id, sex: r.sex, partnerId: r.partner_id });

export async function readPeople(q: Queryable, instanceId: string): Promise<Person[]> {
  const rows = await q.query<PersonRow>(
    'SELECT id, sex, partner_id FROM people WHERE instance_id = $1 ORDER BY position',
    [instanceId],
  );
  return rows.map(toPerson);
}

/** The people `ids` of an instance, in the stored order. */
export async function readPeopleOf(
  q: Queryable,
  instanceId: string,
  ids: readonly string[],
): Promise<Person[]> {
  const rows = await q.query<PersonRow>(
    'SELECT id, sex, partner_id FROM people WHERE instance_id = $1 AND id = ANY($2::text[]) ORDER BY position',
    [instanceId, ids],
  );
  return rows.map(toPerson);
}

/**
 * People's names (kept beside format v1, which has none) by person id: of `personIds`, or of everyone in
 * the instance when it is undefined. People without a name are left out.
 */
export async function readNames(
  q: Queryable,
  instanceId: string,
  personIds?: readonly string[],
): Promise<Map<string, string>> {
  const rows = await q.query<{ id: string; name: string }>(
    `SELECT id, name FROM people WHERE instance_id = $1 AND name IS NOT NULL
       AND ($2::text[] IS NULL OR id = ANY($2::text[]))`,
    [instanceId, personIds ?? null],
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Adds people after those stored, in the caller's transaction. */
export const addPeople = (tx: Queryable, instanceId: string, people: Person[]): Promise<void> =>
  appendAfterStored(
    tx,
    'people',
    instanceId,
    people.map((p) => p.id),
    () => writePeople(tx, instanceId, people),
  );
