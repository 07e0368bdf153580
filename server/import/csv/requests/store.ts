import type { Person, Request } from '../../../../solver/formats.ts';
import type { Queryable } from '../../../db/database.ts';
import { writePeople } from '../../../repos/people.ts';
import { writeRequests } from '../../../repos/requests.ts';
import { appendAfterStored } from '../../positions.ts';

/** Adds requests (and the new people they name) after those stored, in the caller's transaction. */
export async function appendRequests(
  tx: Queryable,
  instanceId: string,
  added: { people: Person[]; requests: Request[] },
): Promise<void> {
  const { people, requests } = added;
  await appendAfterStored(
    tx,
    'people',
    instanceId,
    people.map((p) => p.id),
    () => writePeople(tx, instanceId, people),
  );
  await appendAfterStored(
    tx,
    'requests',
    instanceId,
    requests.map((r) => r.id),
    () => writeRequests(tx, instanceId, requests),
  );
}
