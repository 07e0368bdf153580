import express from 'express';
import type { Logger } from 'pino';
import type { Database } from './db/database.ts';
import { errorHandler, notFound } from './errors.ts';
import { JobManager } from './jobs/manager.ts';
import { requestLog } from './http/requestLog.ts';
import { routerFor } from './http/route.ts';
import { silentLogger } from './log.ts';
import { calendarRoutes } from './routes/calendar.ts';
import { healthRoutes } from './routes/health.ts';
import { instanceRoutes } from './routes/instances.ts';
import { jobRoutes } from './routes/jobs.ts';
import { openApiRoutes } from './routes/openapi.ts';
import { planRoutes } from './routes/plans.ts';
import { startPageRoutes } from './routes/startPage.ts';

/** Large enough for a Bergen-size instance (fixtures/bergen.json is 2.2 MB) several times over. */
export const BODY_LIMIT = '16mb';

export interface AppDeps {
  db: Database;
  logger?: Logger;
  /** Solve jobs; one with the default limit (and no way to stop it) when not given. */
  jobs?: JobManager;
}

/** Builds the HTTP app; starting it is server/main.ts's job, so tests call it in-process. */
export function createApp({ db, logger = silentLogger, jobs }: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(requestLog(logger));
  app.use(express.json({ limit: BODY_LIMIT }));

  const resources = [
    startPageRoutes(db),
    healthRoutes(db),
    instanceRoutes(db),
    planRoutes(db),
    calendarRoutes(db),
    jobRoutes(db, jobs ?? new JobManager({ db, logger })),
  ];
  resources.push(openApiRoutes(resources.flat()));
  for (const routes of resources) app.use(routerFor(routes));

  app.use(notFound);
  app.use(errorHandler(logger));
  return app;
}
