import express, { type Request, type Response } from 'express';
import type { z } from 'zod';
import { ApiError } from '../../errors.ts';
import { decodingWith } from '../../http/body.ts';
import { readRows, type ParsedRows } from './columns.ts';
import { CsvImportError, invalidCsv } from './issues.ts';
import { runInSlices } from './slices.ts';

/** A CSV file of a Bergen-size bed tree or waiting list is well under 1 MB. */
export const CSV_LIMIT = '4mb';

const textParser = decodingWith(
  express.text({ type: 'text/csv', limit: CSV_LIMIT, defaultCharset: 'utf-8' }),
);

/** The request's CSV body as text, read here (after the route's access checks) rather than for every route. */
export async function readCsvBody(req: Request, res: Response): Promise<string> {
  if (!req.is('text/csv'))
    throw new ApiError(
      415,
      'unsupported_media_type',
      'innholdet i forespørselen må være CSV (Content-Type: text/csv)',
    );
  await new Promise<void>((resolve, reject) => {
    textParser(req, res, (error?: unknown) => (error ? reject(error) : resolve()));
  });
  if (typeof req.body !== 'string')
    throw new ApiError(400, 'bad_request', 'innholdet i forespørselen kunne ikke leses');
  return req.body;
}

/**
 * The request's CSV body read as rows of `row`, in slices that leave the event loop free for other requests;
 * a bad file is answered 422 `invalid_csv` here, before the import touches its instance.
 */
export async function readCsvRows<S extends z.ZodObject>(
  req: Request,
  res: Response,
  row: S,
): Promise<ParsedRows<z.output<S>>> {
  const text = await readCsvBody(req, res);
  try {
    return await runInSlices(readRows(text, row));
  } catch (error) {
    if (error instanceof CsvImportError) throw invalidCsv(error.issues);
    throw error;
  }
}
