import type { Person, Request } from '../../../../solver/formats.ts';
import type { Queryable } from '../../../db/database.ts';
import { addPeople } from '../../../repos/people.ts';
import { addRequests } from '../../../repos/requests.ts';

/** Adds requests (and the new people they name) after those stored, in the caller's transaction. */
export async function appendRequests(
  tx: Queryable,
  instanceId: string,
  added: { people: Person[]; requests: Request[] },
): Promise<void> {
  await addPeople(tx, instanceId, added.people);
  await addRequests(tx, instanceId, added.requests);
}
