import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');
const builtIndex = path.join(root, 'dist/web/index.html');

function newestChange(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(full) : statSync(full).mtimeMs);
  }
  return newest;
}

const lock = path.join(root, 'dist/.web-build.lock');

/** One build at a time across test files running in parallel: a directory is created atomically. */
async function withBuildLock(build: () => void): Promise<void> {
  mkdirSync(path.dirname(lock), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - since > 300_000) rmSync(lock, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    build();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Builds the web app (vite build) unless dist/web is newer than every source it is built from. */
export function buildWebAppIfStale(): Promise<void> {
  return withBuildLock(buildIfStale);
}

function buildIfStale(): void {
  const sources = Math.max(
    newestChange(path.join(root, 'web')),
    statSync(path.join(root, 'vite.config.ts')).mtimeMs,
    statSync(path.join(root, 'solver/formats.ts')).mtimeMs,
  );
  if (existsSync(builtIndex) && statSync(builtIndex).mtimeMs > sources) return;
  execFileSync(
    process.execPath,
    [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
      // vitest sets NODE_ENV=test, which would make vite build React's development bundle.
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
}
