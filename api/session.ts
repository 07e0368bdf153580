/** Logging in and out (POST, GET and DELETE /api/session). */
import { z } from 'zod';
import { user } from './users.ts';

export const credentials = z.object({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(200),
});

/** The logged-in user and the CSRF token every write must send as `X-CSRF-Token`. */
export const session = z.object({ user, csrfToken: z.string() });

export type Credentials = z.infer<typeof credentials>;
export type Session = z.infer<typeof session>;
