import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * The Content-Security-Policy of the app: its own scripts, styles, fetches and images only. Styles also
 * inline, because FullCalendar injects its CSS as <style> elements. No framing by anyone.
 */
export const contentSecurityPolicy = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    baseUri: ["'self'"],
    connectSrc: ["'self'"],
    fontSrc: ["'self'", 'data:'],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    imgSrc: ["'self'", 'data:'],
    objectSrc: ["'none'"],
    scriptSrc: ["'self'"],
    scriptSrcAttr: ["'none'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
  },
} as const;

/** API answers that carry no person data and may be cached. */
const CACHEABLE_API = new Set(['/api/health', '/api/openapi.json']);

const isApi = (path: string) => path === '/api' || path.startsWith('/api/');

/** `Cache-Control: no-store` on every API answer but the public ones: they may carry person data. */
const noStore: RequestHandler = (req, res, next) => {
  if (isApi(req.path) && !CACHEABLE_API.has(req.path)) res.setHeader('Cache-Control', 'no-store');
  next();
};

/**
 * Security headers on every answer (helmet): the CSP above, X-Content-Type-Options: nosniff,
 * X-Frame-Options: DENY, Referrer-Policy: no-referrer and helmet's other defaults; and no-store on the API.
 */
export function securityHeaders(): RequestHandler[] {
  return [
    helmet({
      contentSecurityPolicy,
      xFrameOptions: { action: 'deny' },
      referrerPolicy: { policy: 'no-referrer' },
    }),
    noStore,
  ];
}
