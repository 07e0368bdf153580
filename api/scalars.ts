/** Small value schemas several resources share. */
import { z } from 'zod';

export const count = z.number().int().min(0);

/** An instant as ISO 8601 in UTC, e.g. `2027-01-04T09:30:00.000Z`. */
export const timestamp = z.iso.datetime();

/** The checker's figures of a plan (solver/checker/figures.ts), by name. */
export const planFigures = z.record(z.string(), z.number());
