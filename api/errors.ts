/** The one shape every error of the API has. */
import { z } from 'zod';

export const errorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown() }),
});

export type ErrorBody = z.infer<typeof errorBody>;
