import { DataDirInUseError } from '../db/lock.ts';
import { readEnv } from '../env.ts';
import { startServer } from '../main.ts';
import { CliError } from './errors.ts';
import { parseCommand } from './options.ts';

const usage =
  'sengeplan serve [--port 3000] [--host 127.0.0.1] [--data ./data]   (DATABASE_URL: PostgreSQL instead)';

/** Exit code when the data directory is owned by another running server. */
export const EXIT_DATA_DIR_IN_USE = 3;

export async function serveCommand(args: string[]): Promise<number> {
  const { values } = parseCommand(
    args,
    { port: { type: 'string' }, host: { type: 'string' }, data: { type: 'string' } },
    [],
    usage,
  );
  let env;
  try {
    env = readEnv({
      ...process.env,
      ...(values.port ? { PORT: String(values.port) } : {}),
      ...(values.host ? { HOST: String(values.host) } : {}),
      ...(values.data ? { DATA_DIR: String(values.data) } : {}),
    });
  } catch (error) {
    throw new CliError((error as Error).message);
  }
  try {
    await startServer(env, { handleSignals: true });
  } catch (error) {
    if (error instanceof DataDirInUseError) throw new CliError(error.message, EXIT_DATA_DIR_IN_USE);
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new CliError(`Porten ${env.PORT} er i bruk. / Port ${env.PORT} is already in use.`);
    }
    throw error;
  }
  return new Promise<number>(() => {});
}
