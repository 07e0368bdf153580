import type { Person } from '../../solver/formats.ts';
import { insertRows } from '../db/bulk.ts';
import type { Queryable } from '../db/database.ts';

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

export async function readPeople(q: Queryable, instanceId: string): Promise<Person[]> {
  const rows = await q.query<{ id: string; sex: Person['sex']; partner_id: string | null }>(
    'SELECT id, sex, partner_id FROM people WHERE instance_id = $1 ORDER BY position',
    [instanceId],
  );
  return rows.map((r) => ({ id: r.id, sex: r.sex, partnerId: r.partner_id }));
}
