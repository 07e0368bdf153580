import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataDirInUseError, LOCK_FILE, lockDataDir } from '../../../server/db/lock.ts';
import { migrate } from '../../../server/db/migrations/migrate.ts';
import { openPglite } from '../../../server/db/pglite.ts';
import { exportInstance, importInstance } from '../../../server/repos/instances.ts';
import { START_TIMEOUT_MS } from '../support/engines.ts';
import { fixture } from '../support/fixtures.ts';

/** The pid of a process that has ended. */
const deadPid = () => {
  const { pid } = spawnSync(process.execPath, ['-e', '']);
  if (pid === undefined) throw new Error('could not run node');
  return pid;
};

describe('the PGlite data directory lock', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sengeplan-lock-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the owner pid into a lock file in the data directory', async () => {
    const lock = await lockDataDir(dir);
    expect(lock.path).toBe(join(dir, LOCK_FILE));
    expect(await readFile(lock.path, 'utf8')).toBe(String(process.pid));
    await lock.release();
  });

  it('creates the data directory when it is not there yet', async () => {
    const lock = await lockDataDir(join(dir, 'new', 'data'));
    expect(existsSync(join(dir, 'new', 'data', LOCK_FILE))).toBe(true);
    await lock.release();
  });

  it('refuses a second owner while the first is alive, in Norwegian and English, naming the owner', async () => {
    const first = await lockDataDir(dir);
    const second = openPglite(dir);
    await expect(second).rejects.toBeInstanceOf(DataDirInUseError);
    await expect(second).rejects.toThrow(
      `er allerede i bruk av en annen Sengeplan-prosess (pid ${process.pid})`,
    );
    await expect(second).rejects.toThrow(
      `is already in use by another Sengeplan process (pid ${process.pid})`,
    );
    await first.release();
  });

  it('takes over a lock left by a process that has ended', async () => {
    await writeFile(join(dir, LOCK_FILE), String(deadPid()));
    const lock = await lockDataDir(dir);
    expect(await readFile(lock.path, 'utf8')).toBe(String(process.pid));
    await lock.release();
  });

  it('takes over a lock file that names no process', async () => {
    await writeFile(join(dir, LOCK_FILE), '');
    const lock = await lockDataDir(dir);
    expect(await readFile(lock.path, 'utf8')).toBe(String(process.pid));
    await lock.release();
  });

  it('leaves a lock that another process has taken in place on release', async () => {
    const lock = await lockDataDir(dir);
    await writeFile(lock.path, '1');
    await lock.release();
    expect(await readFile(lock.path, 'utf8')).toBe('1');
  });

  it(
    'releases the lock when the database closes, so the next process opens the directory and finds its data',
    async () => {
      const first = await openPglite(dir);
      await migrate(first);
      await importInstance(first, fixture('tiny'), { id: 'tiny' });
      await first.close();
      expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
      const second = await openPglite(dir);
      try {
        expect(await exportInstance(second, 'tiny')).toStrictEqual(fixture('tiny'));
      } finally {
        await second.close();
      }
    },
    START_TIMEOUT_MS,
  );
});
