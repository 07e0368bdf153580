import { pino, type DestinationStream, type Level, type Logger } from 'pino';

export type LogLevel = Level | 'silent';

/** Structured JSON logs, one object a line, on standard output (or `destination`). */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const options = { level, base: { service: 'sengeplan' } };
  return destination ? pino(options, destination) : pino(options);
}

/** For tests and in-process use: logs nothing. */
export const silentLogger: Logger = createLogger('silent');
