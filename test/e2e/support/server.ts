import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { createApp } from '../../../server/app.ts';
import type { NewUser } from '../../../api/users.ts';
import { createUser } from '../../../server/auth/users.ts';
import type { Database } from '../../../server/db/database.ts';
import { migrate } from '../../../server/db/migrations/migrate.ts';
import { openPglite } from '../../../server/db/pglite.ts';
import { seedDemo } from '../../../server/demo.ts';
import { DEFAULT_WEB_ROOT } from '../../../server/http/webApp.ts';
import { JobManager } from '../../../server/jobs/manager.ts';
import { exportInstance, importInstance } from '../../../server/repos/instances.ts';
import { saveDraft } from '../../../server/repos/plans.ts';
import { firstFit } from '../../../solver/baselines/firstfit.ts';
import { addDays } from '../../../solver/dates.ts';
import { instance as instanceSchema } from '../../../solver/formats.ts';

export const PASSWORD = 'e2e-passord-123';

export interface E2eServer {
  url: string;
  db: Database;
  stop: () => Promise<void>;
}

/** The real app with the built web app, in-process on a random port, on a fresh PGlite with the demo data. */
export async function startE2eServer(users: Omit<NewUser, 'password'>[]): Promise<E2eServer> {
  const db = await openPglite(undefined);
  await migrate(db);
  await seedDemo(db);
  for (const user of users) await createUser(db, { ...user, password: PASSWORD });
  const jobs = new JobManager({ db, maxJobs: 1 });
  const server: Server = createServer(createApp({ db, jobs, webRoot: DEFAULT_WEB_ROOT }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    stop: async () => {
      await jobs.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}

/**
 * Saves firstfit's plan of an instance as its first draft, so the calendar has stays to drag; the request
 * stays starting in the first two weeks in `freeWard` go back on the waiting list, so free beds wait for them.
 */
export async function saveFirstFitDraft(
  db: Database,
  instanceId: string,
  freeWard?: string,
): Promise<number> {
  const instance = await exportInstance(db, instanceId);
  if (!instance) throw new Error(`no instance ${instanceId}`);
  const plan = firstFit(instance);
  if (freeWard) {
    const freed = plan.stays.filter(
      (s) =>
        'requestId' in s &&
        s.bedId.startsWith(`${freeWard}-`) &&
        s.start < addDays(instance.horizon.start, 14),
    );
    plan.stays = plan.stays.filter((s) => !freed.includes(s));
    plan.unplaced.push(
      ...freed.map((s) => ({
        requestId: (s as { requestId: string }).requestId,
        reason: 'tatt ut for testen',
      })),
    );
  }
  return (await saveDraft(db, instanceId, plan)).id;
}

/** Loads fixtures/bergen.json as instance `bergen`. */
export async function importBergen(db: Database): Promise<void> {
  const file = new URL('../../../fixtures/bergen.json', import.meta.url);
  const parsed = instanceSchema.parse(JSON.parse(await readFile(file, 'utf8')));
  await importInstance(db, parsed, { id: 'bergen', name: 'Bergen (generert, 470 senger)' });
}
