import { z } from 'zod';
import { apiRequest, setCsrfToken } from './client.ts';

export const roleSchema = z.enum(['admin', 'planner', 'wardLeader', 'staff']);

export const sessionUserSchema = z.object({
  username: z.string(),
  role: roleSchema,
  centreIds: z.array(z.string()).default([]),
  wardIds: z.array(z.string()).default([]),
});

export const sessionSchema = z.object({ user: sessionUserSchema, csrfToken: z.string() });

export type Role = z.infer<typeof roleSchema>;
export type SessionUser = z.infer<typeof sessionUserSchema>;
export type Session = z.infer<typeof sessionSchema>;

/** POST /api/session: logs in; the cookie is set by the server, the CSRF token kept for writes. */
export async function logIn(username: string, password: string): Promise<Session> {
  const { data } = await apiRequest('/api/session', sessionSchema, {
    method: 'POST',
    body: { username, password },
  });
  setCsrfToken(data.csrfToken);
  return data;
}

/** GET /api/session: the session after a reload, or null when logged out. */
export async function currentSession(): Promise<Session | null> {
  try {
    const { data } = await apiRequest('/api/session', sessionSchema);
    setCsrfToken(data.csrfToken);
    return data;
  } catch (error) {
    if (error instanceof Error && 'status' in error && error.status === 401) return null;
    throw error;
  }
}

/** DELETE /api/session: logs out. */
export async function logOut(): Promise<void> {
  await apiRequest('/api/session', null, { method: 'DELETE' });
  setCsrfToken(null);
}
