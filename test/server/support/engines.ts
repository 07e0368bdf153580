import { randomBytes } from 'node:crypto';
import { afterAll, describe } from 'vitest';
import type { Database } from '../../../server/db/database.ts';
import { openPglite } from '../../../server/db/pglite.ts';
import { openPostgres } from '../../../server/db/postgres.ts';

/** Starting PGlite (initdb in WebAssembly) takes seconds on a busy machine: hooks that do it get this long. */
export const START_TIMEOUT_MS = 120_000;

export interface EngineCase {
  name: string;
  /** False when the engine cannot be reached here (PostgreSQL without TEST_DATABASE_URL). */
  available: boolean;
  /** An empty database of its own (not migrated); closing it throws it away. */
  open: () => Promise<Database>;
}

const postgresUrl = process.env.TEST_DATABASE_URL || undefined;

const uniqueSchema = () => `test_${process.pid}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;

/**
 * PostgreSQL: a schema named uniquely for this run (search_path set on every connection of its pool),
 * dropped on close, so that runs never see each other's tables.
 */
async function openPostgresSchema(baseUrl: string): Promise<Database> {
  const schema = uniqueSchema();
  const url = new URL(baseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const db = await openPostgres(url.toString());
  await db.query(`CREATE SCHEMA ${schema}`);
  return {
    ...db,
    close: async () => {
      try {
        await db.query(`DROP SCHEMA ${schema} CASCADE`);
      } finally {
        await db.close();
      }
    },
  };
}

let sharedPglite: Promise<Database> | undefined;

/**
 * PGlite: one in-memory database per test file (it has one connection), and a fresh schema on its
 * search_path for each test, dropped on close.
 */
async function openPgliteSchema(): Promise<Database> {
  const db = await (sharedPglite ??= openPglite(undefined));
  const schema = uniqueSchema();
  await db.query(`CREATE SCHEMA ${schema}`);
  await db.query(`SET search_path TO ${schema}`);
  return {
    ...db,
    close: async () => {
      await db.query(`DROP SCHEMA ${schema} CASCADE`);
      await db.query('SET search_path TO public');
    },
  };
}

export const engines: EngineCase[] = [
  { name: 'PGlite (in memory)', available: true, open: openPgliteSchema },
  {
    name: 'PostgreSQL (TEST_DATABASE_URL)',
    available: postgresUrl !== undefined,
    open: () => openPostgresSchema(postgresUrl ?? ''),
  },
];

/** Runs the same suite on every engine; PostgreSQL's is skipped when TEST_DATABASE_URL is not set. */
export function describeOnEachEngine(title: string, suite: (engine: EngineCase) => void): void {
  describe.each(engines)('$name', (engine) => {
    describe.skipIf(!engine.available)(title, () => suite(engine));
  });
  afterAll(async () => {
    await (await sharedPglite)?.close();
    sharedPglite = undefined;
  });
}
