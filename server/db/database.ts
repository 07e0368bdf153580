/**
 * The one SQL layer: every repository speaks to this interface, and the same SQL runs on PGlite (embedded)
 * and on PostgreSQL. Both engines return DATE columns as ISO strings (`YYYY-MM-DD`), never as Date objects.
 */

/** Something that runs one SQL statement with `$1`-style parameters and gives back the rows. */
export interface Queryable {
  query<T extends object = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

export type Engine = 'pglite' | 'postgres';

export interface Database extends Queryable {
  readonly engine: Engine;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Closes the connections (and, for PGlite on a data directory, releases its lock). */
  close(): Promise<void>;
}

/** PostgreSQL's type id of DATE; both engines are told to hand it over as the text PostgreSQL sends. */
export const DATE_TYPE_ID = 1082;

export const keepText = (value: string): string => value;
