/**
 * Reading request bodies: only encodings the server decodes safely, a body that does not decode is a 400,
 * and JSON nested deeper than any format of the API is refused before it is parsed.
 */
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { ApiError } from '../errors.ts';

/** Deeper than any body of the API (an instance is 8 levels deep); deep enough to stay out of the way. */
export const MAX_JSON_DEPTH = 64;

const DECODED_ENCODINGS = new Set(['identity', 'gzip', 'deflate']);

/** 415 `unsupported_encoding` for a Content-Encoding other than identity, gzip or deflate (br, zstd, lists). */
export const acceptedEncodings: RequestHandler = (req, _res, next) => {
  const encoding = (req.get('Content-Encoding') ?? 'identity').trim().toLowerCase();
  if (DECODED_ENCODINGS.has(encoding)) return next();
  next(
    new ApiError(
      415,
      'unsupported_encoding',
      'innholdet i forespørselen har en koding serveren ikke leser (bare identity, gzip eller deflate)',
    ),
  );
};

const OPEN = new Set([0x5b, 0x7b]); // [ {
const CLOSE = new Set([0x5d, 0x7d]); // ] }
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Whether JSON text nests arrays and objects deeper than `limit`, bracket by bracket (strings skipped). */
export function nestsDeeperThan(json: Uint8Array, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < json.length; i += 1) {
    const byte = json[i] as number;
    if (inString) {
      if (byte === BACKSLASH) i += 1;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) inString = true;
    else if (OPEN.has(byte)) {
      depth += 1;
      if (depth > limit) return true;
    } else if (CLOSE.has(byte)) depth -= 1;
  }
  return false;
}

const tooDeep = () =>
  new ApiError(
    400,
    'too_deep',
    `innholdet i forespørselen har lister og objekter i mer enn ${MAX_JSON_DEPTH} nivåer`,
  );

/** A body-parser error without a `type` is one of the decoding stream's (gzip or deflate that is not). */
const undecodable = (error: unknown): boolean =>
  typeof error === 'object' &&
  error !== null &&
  !('type' in error) &&
  (error as { status?: unknown }).status === 400;

/** A body parser whose decoding errors are 400 `invalid_encoding` rather than unexpected ones. */
export function decodingWith(parser: RequestHandler): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    parser(req, res, (error?: unknown) => {
      if (undecodable(error))
        next(
          new ApiError(
            400,
            'invalid_encoding',
            `innholdet i forespørselen er ikke gyldig ${req.get('Content-Encoding') ?? 'identity'}`,
          ),
        );
      else next(error);
    });
  };
}

/** JSON bodies up to `limit`, in an accepted encoding, nested at most MAX_JSON_DEPTH deep. */
export function jsonBody(limit: string): RequestHandler[] {
  const parser = express.json({
    limit,
    verify: (_req, _res, raw) => {
      if (nestsDeeperThan(raw, MAX_JSON_DEPTH)) throw tooDeep();
    },
  });
  return [acceptedEncodings, decodingWith(parser)];
}
