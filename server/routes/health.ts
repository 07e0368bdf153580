import { PUBLIC } from '../auth/access.ts';
import type { Database } from '../db/database.ts';
import { databaseAnswers } from '../repos/ping.ts';
import { defineRoute, type Route } from '../http/route.ts';
import { health, type Health } from '../../api/service.ts';

export function healthRoutes(db: Database): Route[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/health',
      operationId: 'getHealth',
      summary: 'Whether the service and its database answer',
      tag: 'service',
      access: PUBLIC,
      input: {},
      responses: {
        200: { description: 'the service and the database answer', schema: health },
        503: { description: 'the database does not answer', schema: health },
      },
      handle: async (_input, res) => {
        const database = await databaseAnswers(db);
        const body: Health = { status: database ? 'ok' : 'degraded', database };
        res.status(database ? 200 : 503).json(body);
      },
    }),
  ];
}
