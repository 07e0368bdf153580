import { PGlite } from '@electric-sql/pglite';
import { DATE_TYPE_ID, keepText, type Database, type Queryable } from './database.ts';
import { lockDataDir } from './lock.ts';

type PGliteQueryable = Pick<PGlite, 'query'>;

const wrap = (pg: PGliteQueryable): Queryable['query'] =>
  async function query<T extends object>(sql: string, params: readonly unknown[] = []) {
    return (await pg.query<T>(sql, [...params])).rows;
  };

/**
 * The embedded engine: PostgreSQL compiled to WebAssembly, in this process. With a data directory it keeps
 * its files there and owns the directory through a lock file; without one it lives in memory (tests).
 */
export async function openPglite(dataDir: string | undefined): Promise<Database> {
  const lock = dataDir === undefined ? undefined : await lockDataDir(dataDir);
  let pg: PGlite;
  try {
    const options = { parsers: { [DATE_TYPE_ID]: keepText } };
    pg = dataDir === undefined ? new PGlite(options) : new PGlite(dataDir, options);
    await pg.waitReady;
  } catch (error) {
    await lock?.release();
    throw error;
  }
  return {
    engine: 'pglite',
    query: wrap(pg),
    transaction: (fn) => pg.transaction((tx) => fn({ query: wrap(tx) })),
    close: async () => {
      try {
        await pg.close();
      } finally {
        await lock?.release();
      }
    },
  };
}
