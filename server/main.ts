import type { Server } from 'node:http';
import { createApp } from './app.ts';
import { Store } from './db/store.ts';
import { seedDemo } from './demo.ts';
import type { Env } from './env.ts';

/** Opens the store, loads demo data on first start, listens, and closes cleanly on SIGINT/SIGTERM. */
export async function startServer(env: Env): Promise<Server> {
  const store = await Store.open(env.DATA_DIR);
  if (await seedDemo(store)) console.log('Lastet demodata (fixtures/demo.json).');
  const server = createApp(store).listen(env.PORT, env.HOST, () => {
    console.log(`Sengeplan kjører på http://${env.HOST}:${env.PORT}/ (data i ${env.DATA_DIR})`);
  });
  const shutdown = () => {
    server.close(() => {
      void store.close().then(() => process.exit(0));
    });
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  return server;
}
