import type { Queryable } from './database.ts';

/**
 * The same connection, with each query started only after the one before it has finished: repository
 * functions that read in parallel (Promise.all) would otherwise hand node-postgres several queries at once
 * on the one client of a transaction, which it deprecates.
 */
export function oneAtATime(q: Queryable): Queryable {
  let previous: Promise<unknown> = Promise.resolve();
  return {
    query<T extends object>(sql: string, params?: readonly unknown[]): Promise<T[]> {
      const run = previous.then(() => q.query<T>(sql, params));
      previous = run.catch(() => undefined);
      return run;
    },
  };
}
