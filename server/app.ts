import express from 'express';
import type { Logger } from 'pino';
import { sessionMiddleware } from './auth/middleware.ts';
import type { Database } from './db/database.ts';
import { errorHandler, notFound } from './errors.ts';
import { JobManager } from './jobs/manager.ts';
import { jsonBody } from './http/body.ts';
import { requestLog } from './http/requestLog.ts';
import { routerFor } from './http/route.ts';
import { securityHeaders } from './http/securityHeaders.ts';
import { resolveWebRoot, webApp } from './http/webApp.ts';
import { silentLogger } from './log.ts';
import { auditRoutes } from './routes/audit.ts';
import { calendarRoutes } from './routes/calendar.ts';
import { calendarViewRoutes } from './routes/calendarView.ts';
import { csvImportRoutes } from './routes/csvImport.ts';
import { healthRoutes } from './routes/health.ts';
import { instanceRoutes } from './routes/instances.ts';
import { jobRoutes } from './routes/jobs.ts';
import { openApiRoutes } from './routes/openapi.ts';
import { overrideRoutes } from './routes/overrides.ts';
import { planEventRoutes } from './routes/planEvents.ts';
import { planRoutes } from './routes/plans.ts';
import { planSolveRoutes } from './routes/planSolve.ts';
import { whatIfRoutes } from './routes/whatIf.ts';
import { seriesRoutes } from './routes/series.ts';
import { sessionRoutes } from './routes/session.ts';
import { startPageRoutes } from './routes/startPage.ts';
import { userRoutes } from './routes/users.ts';

/** Large enough for a Bergen-size instance (fixtures/bergen.json is 2.2 MB) several times over. */
export const BODY_LIMIT = '16mb';

export interface AppDeps {
  db: Database;
  logger?: Logger;
  /** Solve jobs; one with the default limit (and no way to stop it) when not given. */
  jobs?: JobManager;
  /** The built web app served at / instead of the start page; default: dist/web when built. */
  webRoot?: string | null;
}

/** Builds the HTTP app; starting it is server/main.ts's job, so tests call it in-process. */
export function createApp({ db, logger = silentLogger, jobs, webRoot }: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(requestLog(logger));
  app.use(securityHeaders());
  app.use(jsonBody(BODY_LIMIT));
  const web = resolveWebRoot(webRoot);
  if (web) app.use(webApp(web));
  app.use(sessionMiddleware(db));

  const solveJobs = jobs ?? new JobManager({ db, logger });
  const resources = [
    startPageRoutes(db),
    healthRoutes(db),
    sessionRoutes(db),
    userRoutes(db),
    auditRoutes(db),
    instanceRoutes(db),
    planRoutes(db),
    calendarRoutes(db),
    calendarViewRoutes(db),
    overrideRoutes(db),
    csvImportRoutes(db),
    jobRoutes(db, solveJobs),
    planSolveRoutes(db, solveJobs),
    whatIfRoutes(db, solveJobs),
    planEventRoutes(db),
    seriesRoutes(db),
  ];
  resources.push(openApiRoutes(resources.flat()));
  for (const routes of resources) app.use(routerFor(routes));

  app.use(notFound);
  app.use(errorHandler(logger, db));
  return app;
}
