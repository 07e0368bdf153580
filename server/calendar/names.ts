import { isUnscoped, type SessionUser } from '../auth/types.ts';
import type { Queryable } from '../db/database.ts';
import { readNames } from '../repos/people.ts';

/**
 * People's names of an instance for those allowed to see them (planners, admins): of `personIds`, or of
 * everyone when it is undefined. Null for the others, who see pseudonymous ids only.
 */
export async function namesFor(
  q: Queryable,
  user: SessionUser,
  instanceId: string,
  personIds?: readonly string[],
): Promise<Map<string, string> | null> {
  if (!isUnscoped(user.role)) return null;
  return readNames(q, instanceId, personIds);
}
