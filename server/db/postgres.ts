import pg from 'pg';
import { DATE_TYPE_ID, keepText, type Database, type Queryable } from './database.ts';
import { oneAtATime } from './oneAtATime.ts';

type PgQueryable = Pick<pg.Pool | pg.PoolClient, 'query'>;

const wrap = (client: PgQueryable): Queryable['query'] =>
  async function query<T extends object>(sql: string, params: readonly unknown[] = []) {
    return (await client.query<T & pg.QueryResultRow>(sql, [...params])).rows;
  };

export interface PostgresOptions {
  /** Told about errors on idle connections (the server restarted, say); the pool replaces them. */
  onIdleError?: (error: Error) => void;
}

/** The server engine: a connection pool to PostgreSQL at `url` (`DATABASE_URL`). */
export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<Database> {
  const typeParsers = new pg.TypeOverrides();
  typeParsers.setTypeParser(DATE_TYPE_ID, 'text', keepText);
  const pool = new pg.Pool({ connectionString: url, types: typeParsers });
  pool.on('error', (error) => options.onIdleError?.(error));
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end();
    throw error;
  }
  return {
    engine: 'postgres',
    query: wrap(pool),
    transaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(oneAtATime({ query: wrap(client) }));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
