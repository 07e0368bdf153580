import { z } from 'zod';

const blankIsUnset = (value: unknown) => (value === '' ? undefined : value);

/** The server's settings from the environment, checked once at start. */
export const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  /** PGlite's data directory; used when DATABASE_URL is not set. */
  DATA_DIR: z.string().min(1).default('./data'),
  /** PostgreSQL instead of PGlite, e.g. postgres://user@host:5432/sengeplan. */
  DATABASE_URL: z.preprocess(
    blankIsUnset,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
  ),
  /** Solve jobs running at once (each in its own worker thread); more are refused with 429. */
  MAX_SOLVE_JOBS: z.coerce.number().int().min(1).max(64).default(1),
  /** One known password for all demo users created on first start (else each gets a random one, printed). */
  SENGEPLAN_DEMO_PASSWORD: z.preprocess(
    blankIsUnset,
    z.string().min(10, 'must be at least 10 characters').max(200).optional(),
  ),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`invalid environment:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
