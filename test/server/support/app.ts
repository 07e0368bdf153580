import type { Express } from 'express';
import type { Logger } from 'pino';
import { createApp } from '../../../server/app.ts';
import type { Database } from '../../../server/db/database.ts';
import { migrate } from '../../../server/db/migrations/migrate.ts';
import { JobManager } from '../../../server/jobs/manager.ts';
import { openPglite } from '../../../server/db/pglite.ts';
import { loginAs, type Agent } from './session.ts';

export interface TestApp {
  app: Express;
  db: Database;
  jobs: JobManager;
  /** A logged-in planner (everything but the audit and users), sending the CSRF token on writes. */
  planner: Agent;
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
  const app = createApp({ db, jobs, ...(logger ? { logger } : {}) });
  const planner = await loginAs({ app, db }, 'planner');
  return { app, db, jobs, planner, close };
}
