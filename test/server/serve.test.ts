import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../server/db/lock.ts';
import { DEMO } from '../../server/demo.ts';
import { readEnv } from '../../server/env.ts';
import { startServer, type RunningServer } from '../../server/main.ts';
import { START_TIMEOUT_MS } from './support/engines.ts';
import { fixtureJson } from './support/fixtures.ts';

const DEMO_PASSWORD = 'demo-passord-for-test';

const BIN = new URL('../../bin/sengeplan.js', import.meta.url).pathname;

/** Runs the command line to its end: exit code and standard error. */
const runCli = (args: string[]) =>
  new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('close', (code) => resolve({ code, stderr }));
  });

/** Sends the headers and the first half of a JSON body, and the rest when told: a request in flight. */
function slowPost(url: string, body: string, session: Record<string, string>) {
  const bytes = Buffer.from(body);
  const half = Math.floor(bytes.length / 2);
  const req = httpRequest(`${url}/api/instances?id=in-flight`, {
    method: 'POST',
    headers: { ...session, 'Content-Type': 'application/json', 'Content-Length': bytes.length },
  });
  const answered = new Promise<number | undefined>((resolve, reject) => {
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', reject);
  });
  req.write(bytes.subarray(0, half));
  return { answered, finish: () => req.end(bytes.subarray(half)) };
}

describe('the server started for real on a PGlite data directory', () => {
  let dir: string;
  let running: RunningServer;
  let session: Record<string, string>;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sengeplan-serve-'));
    running = await startServer(
      readEnv({ PORT: '0', DATA_DIR: dir, LOG_LEVEL: 'silent', SENGEPLAN_DEMO_PASSWORD: DEMO_PASSWORD }),
      { print: () => undefined },
    );
    const login = await fetch(`${running.url}/api/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'planlegger', password: DEMO_PASSWORD }),
    });
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const [cookie] = login.headers.getSetCookie()[0]?.split(';') ?? [];
    session = { Cookie: cookie ?? '', 'X-CSRF-Token': csrfToken };
  }, START_TIMEOUT_MS);
  afterAll(async () => {
    await running.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('migrates the new directory, loads the demo and answers', async () => {
    const health = await fetch(`${running.url}/api/health`);
    expect(await health.json()).toEqual({ status: 'ok', database: true });
    const instances = await fetch(`${running.url}/api/instances`, { headers: session });
    const listed = (await instances.json()) as { id: string }[];
    expect(listed.map((i) => i.id)).toEqual([DEMO.id]);
  });

  it(
    'refuses a second server on the same data directory with exit code 3 and a message in both languages',
    async () => {
      const { code, stderr } = await runCli(['serve', '--data', dir, '--port', '0']);
      expect(code).toBe(3);
      expect(stderr).toContain(
        `Datakatalogen ${dir} er allerede i bruk av en annen Sengeplan-prosess (pid ${process.pid})`,
      );
      expect(stderr).toContain(
        `The data directory ${dir} is already in use by another Sengeplan process (pid ${process.pid})`,
      );
    },
    START_TIMEOUT_MS,
  );

  it(
    'on stop, refuses new connections, finishes the request in flight, then closes and releases the lock',
    async () => {
      const inFlight = slowPost(running.url, JSON.stringify(fixtureJson('tiny')), session);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const stopped = running.stop();
      await new Promise((resolve) => setTimeout(resolve, 200));
      await expect(fetch(`${running.url}/api/health`)).rejects.toThrow();
      inFlight.finish();
      expect(await inFlight.answered).toBe(201);
      await stopped;
      expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    },
    START_TIMEOUT_MS,
  );
});
