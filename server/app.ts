import express from 'express';
import type { Store } from './db/store.ts';
import { ApiError, errorHandler, notFound } from './errors.ts';
import { placeholderPage } from './placeholder.ts';
import { summarise } from './summary.ts';

/** Builds the HTTP app; starting it is server/main.ts's job, so tests call it in-process. */
export function createApp(store: Store): express.Express {
  const app = express();
  app.disable('x-powered-by');

  app.get('/api/health', async (_req, res) => {
    const database = await store.ping().catch(() => false);
    res.status(database ? 200 : 503).json({ status: database ? 'ok' : 'degraded', database });
  });

  app.get('/api/instances', async (_req, res) => {
    res.json(await store.listInstances());
  });

  app.get('/api/instances/:id/summary', async (req, res) => {
    const instance = await store.getInstance(req.params.id);
    if (!instance) throw new ApiError(404, 'not_found', `no instance ${req.params.id}`);
    res.json(summarise(instance));
  });

  app.get('/', async (_req, res) => {
    const listed = await store.listInstances();
    const instances = [];
    for (const { id, name } of listed) {
      const instance = await store.getInstance(id);
      if (instance) instances.push({ id, name, summary: summarise(instance) });
    }
    res.type('html').send(placeholderPage(instances));
  });

  app.use('/api', notFound);
  app.use(errorHandler);
  return app;
}
