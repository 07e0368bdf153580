import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The file in a PGlite data directory that names the process owning it. */
export const LOCK_FILE = 'sengeplan.lock';

/** A second process asked for a data directory that a live process owns. */
export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly ownerPid: number,
  ) {
    const lockFile = join(dataDir, LOCK_FILE);
    super(
      `Datakatalogen ${dataDir} er allerede i bruk av en annen Sengeplan-prosess (pid ${ownerPid}). ` +
        `Bare én prosess kan eie en PGlite-datakatalog: stopp den andre, eller velg en annen med --data. ` +
        `Kjører ingen annen prosess, slett ${lockFile}.\n` +
        `The data directory ${dataDir} is already in use by another Sengeplan process (pid ${ownerPid}). ` +
        `Only one process may own a PGlite data directory: stop the other one, or choose another with --data. ` +
        `If no other process is running, delete ${lockFile}.`,
    );
    this.name = 'DataDirInUseError';
  }
}

export interface DataDirLock {
  readonly path: string;
  release(): Promise<void>;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code;

async function readOwner(path: string): Promise<number | undefined> {
  try {
    const pid = Number((await readFile(path, 'utf8')).trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
}

/** Creates `path` holding `content` in one step (a hard link of a finished temporary file), or throws EEXIST. */
async function createWith(path: string, content: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, content);
  try {
    await link(temporary, path);
  } finally {
    await unlink(temporary);
  }
}

/**
 * Takes the data directory for this process: PGlite has no lock of its own, and two processes on one data
 * directory corrupt it. A lock left by a process that is gone (a crash) is taken over.
 */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  await mkdir(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  const pid = String(process.pid);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await createWith(path, pid);
      return {
        path,
        release: async () => {
          if ((await readOwner(path)) === process.pid) await unlink(path);
        },
      };
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error;
    }
    const owner = await readOwner(path);
    if (owner !== undefined && isAlive(owner)) throw new DataDirInUseError(dataDir, owner);
    await unlink(path).catch((error: unknown) => {
      if (errorCode(error) !== 'ENOENT') throw error;
    });
  }
  throw new Error(`could not take the lock ${path}: it keeps changing hands`);
}
