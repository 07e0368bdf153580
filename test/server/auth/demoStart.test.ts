import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readEnv } from '../../../server/env.ts';
import { startServer } from '../../../server/main.ts';
import { START_TIMEOUT_MS } from '../support/engines.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sengeplan-demo-users-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const startAndStop = async () => {
  const printed: string[] = [];
  const env = readEnv({ PORT: '0', DATA_DIR: dir, LOG_LEVEL: 'silent' });
  const running = await startServer(env, { print: (text) => printed.push(text) });
  await running.stop();
  return printed;
};

it(
  'prints the demo logins on the first start of a data directory and never on the next',
  async () => {
    const first = await startAndStop();
    expect(first).toHaveLength(1);
    expect(first[0]).toMatch(/^\s+planlegger\s+\S{16}\s+planlegger \(alt\)$/m);
    expect(await startAndStop()).toEqual([]);
  },
  START_TIMEOUT_MS,
);
