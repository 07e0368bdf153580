import type { Request, RequestHandler } from 'express';
import { z } from 'zod';
import { ApiError } from '../errors.ts';

/** zod's own issue messages in Norwegian (bokmål), like every other message the server writes. */
const bokmal = { error: z.locales.no().localeError };

/** The zod schemas one endpoint's input must pass; a part without a schema is not read. */
export interface InputSchemas {
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
}

type Parsed<T> = T extends z.ZodType ? z.output<T> : undefined;

/** The parsed input a handler receives, typed by its schemas. */
export interface Input<S extends InputSchemas> {
  params: Parsed<S['params']>;
  query: Parsed<S['query']>;
  body: Parsed<S['body']>;
}

declare module 'express-serve-static-core' {
  interface Request {
    /** The input as `validate` parsed it. */
    input?: unknown;
  }
}

/** At most this many issues are listed in an answer (an invalid Bergen-size body can have thousands). */
const MAX_DETAILS = 100;

/** NUL or an unpaired surrogate as JSON.stringify writes them: text PostgreSQL cannot store. */
const UNSTORABLE_TEXT = /\\u0000|\\ud[89a-f][0-9a-f]{2}/i;

interface Issue {
  path: string;
  message: string;
}

const issuesOf = (part: string, error: z.ZodError): Issue[] =>
  error.issues.map((i) => ({ path: [part, ...i.path.map(String)].join('.'), message: i.message }));

/**
 * Parses the request's params, query and body with the endpoint's schemas and puts the result on
 * `req.input`; anything that does not parse is answered 400 `invalid_input`, naming each field.
 */
export function validate(schemas: InputSchemas): RequestHandler {
  return (req, _res, next) => {
    if (schemas.body && !req.is('application/json')) {
      next(
        new ApiError(
          415,
          'unsupported_media_type',
          'innholdet i forespørselen må være JSON (Content-Type: application/json)',
        ),
      );
      return;
    }
    const issues: Issue[] = [];
    const input: Record<string, unknown> = {};
    for (const part of ['params', 'query', 'body'] as const) {
      const schema = schemas[part];
      if (!schema) continue;
      if (UNSTORABLE_TEXT.test(JSON.stringify(req[part]) ?? '')) {
        issues.push({ path: part, message: 'tekst med NUL eller et uparet surrogattegn kan ikke lagres' });
        continue;
      }
      const result = schema.safeParse(req[part], bokmal);
      if (result.success) input[part] = result.data;
      else issues.push(...issuesOf(part, result.error));
    }
    const [first] = issues;
    if (first) {
      const more = issues.length > 1 ? ` (og ${issues.length - 1} til)` : '';
      next(
        new ApiError(
          400,
          'invalid_input',
          `${first.path}: ${first.message}${more}`,
          issues.slice(0, MAX_DETAILS),
        ),
      );
      return;
    }
    req.input = input;
    next();
  };
}

/** The input `validate` parsed with these schemas (the one place its type is restored). */
export const inputOf = <S extends InputSchemas>(req: Request, _schemas: S): Input<S> => req.input as Input<S>;
