/**
 * How long the server takes to read the Bergen instance back from storage: the whole instance (exportInstance,
 * as the calendar and the events route read it) and the part an override reads (readOverrideInstance), each
 * the median of repeated reads. PGlite in memory, or PostgreSQL when DATABASE_URL is set (in a schema of its
 * own, dropped afterwards). Run: npx tsx bench/instance-load.ts
 */
import { readFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import type { Database } from '../server/db/database.ts';
import { migrate } from '../server/db/migrations/migrate.ts';
import { openPglite } from '../server/db/pglite.ts';
import { openPostgres } from '../server/db/postgres.ts';
import { readOverrideInstance } from '../server/overrides/load.ts';
import { exportInstance, importInstance } from '../server/repos/instances.ts';
import { firstFit } from '../solver/baselines/firstfit.ts';
import { instance as instanceSchema, type RequestStay } from '../solver/formats.ts';

const REPEATS = 15;

async function open(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (!url) return openPglite(undefined);
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const withPath = new URL(url);
  withPath.searchParams.set('options', `-c search_path=${schema}`);
  const db = await openPostgres(withPath.toString());
  await db.query(`CREATE SCHEMA ${schema}`);
  return {
    ...db,
    close: async () => {
      await db.query(`DROP SCHEMA ${schema} CASCADE`);
      await db.close();
    },
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function timed(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return median(times);
}

const instance = instanceSchema.parse(JSON.parse(await readFile('fixtures/bergen.json', 'utf8')));
const plan = firstFit(instance);
const stays = plan.stays.filter((s): s is RequestStay => 'requestId' in s);
const db = await open();
try {
  await migrate(db);
  await importInstance(db, instance, { id: 'bergen' });
  const whole = await timed(() => exportInstance(db, 'bergen'));
  let next = 0;
  const part = await timed(() => {
    const stay = stays[(next++ * 97) % stays.length] as RequestStay;
    return readOverrideInstance(db, 'bergen', plan, {
      action: 'pin',
      ref: { requestId: stay.requestId },
      pinned: true,
    });
  });
  console.log(
    `${db.engine}: exportInstance median ${whole.toFixed(0)} ms, readOverrideInstance median ` +
      `${part.toFixed(1)} ms (${REPEATS} reads each)`,
  );
} finally {
  await db.close();
}
