import express, { type Request, type Response } from 'express';
import { ApiError } from '../../errors.ts';
import { decodingWith } from '../../http/body.ts';

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
      'the request body must be CSV (Content-Type: text/csv)',
    );
  await new Promise<void>((resolve, reject) => {
    textParser(req, res, (error?: unknown) => (error ? reject(error) : resolve()));
  });
  if (typeof req.body !== 'string')
    throw new ApiError(400, 'bad_request', 'the request body could not be read');
  return req.body;
}
