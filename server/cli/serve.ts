import { readEnv } from '../env.ts';
import { startServer } from '../main.ts';
import { CliError } from './errors.ts';
import { parseCommand } from './options.ts';

const usage = 'sengeplan serve [--port 3000] [--host 127.0.0.1] [--data ./data]';

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
  await startServer(env);
  return new Promise<number>(() => {});
}
