/** The service itself: whether it and its database answer. */
import { z } from 'zod';

export const health = z.object({ status: z.enum(['ok', 'degraded']), database: z.boolean() });

export type Health = z.infer<typeof health>;
