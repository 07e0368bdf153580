import type { Express } from 'express';
import type { Logger } from 'pino';
import { createApp } from '../../../server/app.ts';
import type { Database } from '../../../server/db/database.ts';
import { migrate } from '../../../server/db/migrate.ts';
import { openPglite } from '../../../server/db/pglite.ts';

export interface TestApp {
  app: Express;
  db: Database;
  close: () => Promise<void>;
}

/** The app in-process on a fresh, migrated PGlite in memory. */
export async function testApp(logger?: Logger): Promise<TestApp> {
  const db = await openPglite(undefined);
  await migrate(db);
  return { app: createApp({ db, ...(logger ? { logger } : {}) }), db, close: () => db.close() };
}
