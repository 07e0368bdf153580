import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { createApp } from './app.ts';
import type { Database } from './db/database.ts';
import { migrate } from './db/migrations/migrate.ts';
import { describeLocation, openDatabase } from './db/open.ts';
import { seedDemo } from './demo.ts';
import { seedDemoUsers } from './demoUsers.ts';
import { JobManager } from './jobs/manager.ts';
import type { Env } from './env.ts';
import { createLogger } from './log.ts';

/** How long in-flight requests get to finish on shutdown before their connections are cut. */
const SHUTDOWN_GRACE_MS = 10_000;

export interface RunningServer {
  /** Where it listens, e.g. http://127.0.0.1:3000 */
  url: string;
  server: Server;
  db: Database;
  /** Solve jobs of this server. */
  jobs: JobManager;
  /**
   * Stops accepting, cancels running solve jobs (their best plans are saved, their workers end), lets
   * in-flight requests finish, closes the database (and releases its lock).
   */
  stop(): Promise<void>;
}

export interface StartOptions {
  logger?: Logger;
  /** Stop on SIGINT/SIGTERM and exit (the command line); tests call stop() themselves. */
  handleSignals?: boolean;
  /** Where the demo logins are printed on first start; standard output when not given. */
  print?: (text: string) => void;
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** Stops accepting; connections close as soon as they are idle, and all of them after the grace period. */
function closeGracefully(server: Server): Promise<void> {
  return new Promise((resolve) => {
    const idle = setInterval(() => server.closeIdleConnections(), 50);
    const force = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
    server.close(() => {
      clearInterval(idle);
      clearTimeout(force);
      resolve();
    });
    server.closeIdleConnections();
  });
}

/** Opens the database, migrates it, loads the demo on first start, and listens. */
export async function startServer(env: Env, options: StartOptions = {}): Promise<RunningServer> {
  const logger = options.logger ?? createLogger(env.LOG_LEVEL);
  const settings = { databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR };
  const db = await openDatabase(settings, {
    onIdleError: (error) => logger.warn({ err: error }, 'database connection lost; the pool reconnects'),
  });
  let server: Server;
  const jobs = new JobManager({ db, logger, maxJobs: env.MAX_SOLVE_JOBS });
  try {
    const applied = await migrate(db);
    if (applied.length > 0)
      logger.info({ migrations: applied }, 'Databasen er oppdatert (migrations applied).');
    if (await seedDemo(db)) logger.info('Lastet demodata (fixtures/demo.json).');
    await seedDemoUsers(db, {
      password: env.SENGEPLAN_DEMO_PASSWORD,
      print: options.print ?? ((text) => process.stdout.write(text)),
    });
    server = createServer(createApp({ db, logger, jobs }));
    await listen(server, env.PORT, env.HOST);
  } catch (error) {
    await db.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const url = `http://${env.HOST.includes(':') ? `[${env.HOST}]` : env.HOST}:${port}`;
  logger.info({ url, database: db.engine }, `Sengeplan kjører på ${url}/ (${describeLocation(settings)})`);

  const onSignal = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'Stopper: fullfører pågående forespørsler (shutting down).');
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      // Cancelling first ends the event streams of running jobs, so their connections can close.
      const cancelled = jobs.stop();
      await closeGracefully(server);
      await cancelled;
      await db.close();
      logger.info('Stoppet (stopped).');
    })());
  if (options.handleSignals) {
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  }
  return { url, server, db, jobs, stop };
}
