import type { Database } from './database.ts';
import { openPglite } from './pglite.ts';
import { openPostgres, type PostgresOptions } from './postgres.ts';

export interface DatabaseSettings {
  /** PostgreSQL connection URL; when set, PostgreSQL is used and `dataDir` is ignored. */
  databaseUrl?: string | undefined;
  /** PGlite's data directory (the quick-start default). */
  dataDir: string;
}

/** Opens the configured engine: PostgreSQL when a URL is given, otherwise PGlite in the data directory. */
export function openDatabase(settings: DatabaseSettings, options: PostgresOptions = {}): Promise<Database> {
  return settings.databaseUrl === undefined
    ? openPglite(settings.dataDir)
    : openPostgres(settings.databaseUrl, options);
}

/** Where the data lives, for messages: never the password of a URL. */
export function describeLocation(settings: DatabaseSettings): string {
  if (settings.databaseUrl === undefined) return `PGlite i ${settings.dataDir}`;
  const url = new URL(settings.databaseUrl);
  return `PostgreSQL på ${url.host}${url.pathname}`;
}
