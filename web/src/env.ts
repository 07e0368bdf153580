import { z } from 'zod';

const envSchema = z.object({
  /** Where the API lives; empty means the same origin as the app (the server serves both). */
  VITE_API_BASE: z.string().default(''),
  MODE: z.string(),
});

/** The web app's settings, checked once at start-up. */
export const env = envSchema.parse(import.meta.env);
