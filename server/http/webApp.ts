import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import express, { type RequestHandler } from 'express';

/** Where `npm run build` (vite build) puts the web app. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../dist/web', import.meta.url));

/**
 * Which built web app to serve: the one asked for, else dist/web when it is built — except inside a
 * test run (vitest), where the API tests expect the start page; the end-to-end tests ask for it.
 */
export function resolveWebRoot(asked: string | null | undefined): string | null {
  if (asked === null) return null;
  const root = asked ?? (process.env.VITEST ? null : DEFAULT_WEB_ROOT);
  return root !== null && existsSync(path.join(root, 'index.html')) ? root : null;
}

/**
 * The bed calendar web app: its files, and index.html for every other GET outside /api (the app routes
 * in the browser). Hashed assets are cached for a year; index.html never.
 */
export function webApp(root: string): RequestHandler[] {
  const index = path.join(root, 'index.html');
  const assets = express.static(root, {
    index: false,
    setHeaders: (res, file) => {
      res.setHeader(
        'Cache-Control',
        file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  const fallback: RequestHandler = (req, res, next) => {
    if (
      (req.method !== 'GET' && req.method !== 'HEAD') ||
      req.path === '/api' ||
      req.path.startsWith('/api/')
    )
      return next();
    if (!req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  };
  return [assets, fallback];
}
