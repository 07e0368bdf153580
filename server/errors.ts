import type { ErrorRequestHandler, RequestHandler } from 'express';

/** An error with an HTTP status and a stable code; every error leaves the API as { error: { code, message, details } }. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown = null,
  ) {
    super(message);
  }
}

export const notFound: RequestHandler = (req, _res, next) => {
  next(new ApiError(404, 'not_found', `no such endpoint: ${req.method} ${req.path}`));
};

export const errorHandler: ErrorRequestHandler = (error, _req, res, _next) => {
  const known = error instanceof ApiError;
  const status = known ? error.status : 500;
  res.status(status).json({
    error: {
      code: known ? error.code : 'internal',
      message: known ? error.message : 'internal server error',
      details: known ? error.details : null,
    },
  });
};
