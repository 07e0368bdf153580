import type { Request, Response } from 'express';
import { SESSION_IDLE_MS } from './sessions.ts';

export const SESSION_COOKIE = 'sengeplan_session';

/** The value of one cookie of the request's `Cookie` header (RFC 6265 pairs separated by `;`). */
export function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const pair of header.split(';')) {
    const at = pair.indexOf('=');
    if (at < 0 || pair.slice(0, at).trim() !== name) continue;
    let value = pair.slice(at + 1).trim();
    if (value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  }
  return undefined;
}

/** HttpOnly, SameSite=Strict, Path=/; Secure when the request came over https (`trust proxy` decides). */
const options = (req: Request) =>
  ({ httpOnly: true, sameSite: 'strict', path: '/', secure: req.secure }) as const;

export function setSessionCookie(req: Request, res: Response, token: string): void {
  res.cookie(SESSION_COOKIE, token, { ...options(req), maxAge: SESSION_IDLE_MS });
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(SESSION_COOKIE, options(req));
}
