import { readFile } from 'node:fs/promises';
import { instance as instanceSchema } from '../solver/formats.ts';
import type { Store } from './db/store.ts';

const DEMO_FILE = new URL('../fixtures/demo.json', import.meta.url);

/** Loads the demo instance on first start, so a fresh install has something to plan. */
export async function seedDemo(store: Store): Promise<boolean> {
  if ((await store.listInstances()).length > 0) return false;
  const demo = instanceSchema.parse(JSON.parse(await readFile(DEMO_FILE, 'utf8')));
  await store.saveInstance('demo', 'Demo: Bergen-lignende, 100 senger', demo);
  return true;
}
