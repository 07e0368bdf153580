import type { Queryable } from '../db/database.ts';

/** Whether the database answers a trivial query (false when it fails instead). */
export async function databaseAnswers(q: Queryable): Promise<boolean> {
  return q
    .query<{ ok: number }>('SELECT 1 AS ok')
    .then((rows) => rows[0]?.ok === 1)
    .catch(() => false);
}
