import type { Express } from 'express';
import type { Logger } from 'pino';
import { createApp } from '../../../server/app.ts';
import type { Database } from '../../../server/db/database.ts';
import { migrate } from '../../../server/db/migrate.ts';
import { JobManager } from '../../../server/jobs/manager.ts';
import { openPglite } from '../../../server/db/pglite.ts';

export interface TestApp {
  app: Express;
  db: Database;
  jobs: JobManager;
  close: () => Promise<void>;
}

/** The app in-process on a fresh, migrated PGlite in memory; close() also ends its solve jobs. */
export async function testApp(logger?: Logger, maxJobs = 1): Promise<TestApp> {
  const db = await openPglite(undefined);
  await migrate(db);
  const jobs = new JobManager({ db, maxJobs, ...(logger ? { logger } : {}) });
  const close = async () => {
    await jobs.stop();
    await db.close();
  };
  return { app: createApp({ db, jobs, ...(logger ? { logger } : {}) }), db, jobs, close };
}
