import { readFile } from 'node:fs/promises';
import { instance as instanceSchema } from '../solver/formats.ts';
import type { Database } from './db/database.ts';
import { RepoError } from './repos/errors.ts';
import { importInstance, listInstances } from './repos/instances.ts';

const DEMO_FILE = new URL('../fixtures/demo.json', import.meta.url);

export const DEMO = { id: 'demo', name: 'Demo: Bergen-lignende, 100 senger' } as const;

/** Loads the demo instance on first start (an empty database), so a fresh install has something to plan. */
export async function seedDemo(db: Database): Promise<boolean> {
  if ((await listInstances(db)).length > 0) return false;
  const demo = instanceSchema.parse(JSON.parse(await readFile(DEMO_FILE, 'utf8')));
  try {
    await importInstance(db, demo, DEMO);
    return true;
  } catch (error) {
    // Another server on the same PostgreSQL loaded it first.
    if (error instanceof RepoError && error.kind === 'conflict') return false;
    throw error;
  }
}
