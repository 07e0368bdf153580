import { session, type Credentials, type Session } from '../../../api/session.ts';
import { apiRequest, setCsrfToken } from './client.ts';

export type { Session };
export type { Role, User as SessionUser } from '../../../api/users.ts';

/** POST /api/session: logs in; the cookie is set by the server, the CSRF token kept for writes. */
export async function logIn(username: string, password: string): Promise<Session> {
  const body: Credentials = { username, password };
  const { data } = await apiRequest('/api/session', session, { method: 'POST', body });
  setCsrfToken(data.csrfToken);
  return data;
}

/** GET /api/session: the session after a reload, or null when logged out. */
export async function currentSession(): Promise<Session | null> {
  try {
    const { data } = await apiRequest('/api/session', session);
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
