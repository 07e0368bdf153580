import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { recordRefusal } from './audit/record.ts';
import type { Queryable } from './db/database.ts';
import { RepoError } from './repos/errors.ts';

/** An error with an HTTP status and a stable code; every error leaves the API as { error: { code, message, details } }. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const notFound: RequestHandler = (req, _res, next) => {
  next(new ApiError(404, 'not_found', `finner ikke endepunktet ${req.method} ${req.path}`));
};

/** What the body parser (express.json) throws: an http-errors error with a `type`. */
interface BodyParserError {
  status: number;
  type: string;
  expose: boolean;
}

const isBodyParserError = (error: unknown): error is BodyParserError =>
  typeof error === 'object' &&
  error !== null &&
  typeof (error as Partial<BodyParserError>).status === 'number' &&
  typeof (error as Partial<BodyParserError>).type === 'string';

const bodyParserCodes: Record<string, [code: string, message: string]> = {
  'entity.parse.failed': ['invalid_json', 'innholdet i forespørselen er ikke gyldig JSON'],
  'entity.too.large': ['payload_too_large', 'innholdet i forespørselen er større enn serveren tar imot'],
  'encoding.unsupported': [
    'unsupported_encoding',
    'innholdet i forespørselen har en koding serveren ikke støtter',
  ],
  'charset.unsupported': [
    'unsupported_charset',
    'innholdet i forespørselen har et tegnsett serveren ikke støtter',
  ],
  'request.aborted': ['request_aborted', 'forespørselen ble avbrutt før innholdet kom fram'],
};

/** Turns anything thrown into the one error shape; only the unexpected ones are logged (never with a body). */
function toApiError(error: unknown): ApiError | undefined {
  if (error instanceof ApiError) return error;
  if (error instanceof RepoError)
    return new ApiError(error.kind === 'not_found' ? 404 : 409, error.kind, error.message);
  if (isBodyParserError(error) && error.status < 500) {
    const [code, message] = bodyParserCodes[error.type] ?? [
      'bad_request',
      'innholdet i forespørselen kunne ikke leses',
    ];
    return new ApiError(error.status, code, message);
  }
  return undefined;
}

/** A refusal the audit keeps: 401 without a session and every 403 (a failed login is audited by logIn). */
const isAuditedRefusal = ({ status, code }: ApiError) =>
  (status === 401 && code === 'unauthenticated') || status === 403;

export function errorHandler(logger: Logger, db?: Queryable): ErrorRequestHandler {
  return async (error, req, res, _next) => {
    const known = toApiError(error);
    if (!known) logger.error({ err: error, method: req.method, path: req.path }, 'unexpected error');
    const { status, code, message, details } =
      known ?? new ApiError(500, 'internal', 'intern feil på serveren');
    if (res.headersSent) {
      res.destroy();
      return;
    }
    if (db && known && isAuditedRefusal(known)) {
      const { user } = res.locals;
      const refusal = { username: user?.username ?? null, role: user?.role, status, path: req.path };
      await recordRefusal(db, { ...refusal, address: req.ip ?? 'unknown' }).catch((err: unknown) =>
        logger.error({ err, path: req.path }, 'could not audit a refused request'),
      );
    }
    res.status(status).json({ error: { code, message, details } });
  };
}
