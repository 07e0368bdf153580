/** Imports from spreadsheets (POST /api/instances/:id/beds.csv and requests.csv; the body is text/csv). */
import { z } from 'zod';
import { instanceEntry } from './instances.ts';
import { count } from './scalars.ts';

export const bedImportResult = z.object({
  instance: instanceEntry,
  beds: z.object({ kept: count, added: z.array(z.string()), dropped: z.array(z.string()) }),
});

export const requestImportResult = z.object({
  instance: instanceEntry,
  added: z.object({ requests: z.array(z.string()), people: z.array(z.string()) }),
});

export type BedImportResult = z.infer<typeof bedImportResult>;
export type RequestImportResult = z.infer<typeof requestImportResult>;
