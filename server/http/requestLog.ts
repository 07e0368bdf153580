import type { RequestHandler } from 'express';
import type { Logger } from 'pino';

/**
 * One log line per request, when it ends: method, path, status and milliseconds. Never the query string, a
 * body or a header: those may carry person data.
 */
export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const { method, path } = req;
    res.once('close', () => {
      const ms = Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10;
      const status = res.statusCode;
      const line = { method, path, status, ms, ...(res.writableFinished ? {} : { aborted: true }) };
      if (status >= 500) logger.error(line, 'request');
      else logger.info(line, 'request');
    });
    next();
  };
}
