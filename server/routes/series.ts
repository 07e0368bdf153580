import { instanceParams } from '../../api/params.ts';
import { series } from '../../solver/formats.ts';
import { currentUser } from '../auth/access.ts';
import type { Database } from '../db/database.ts';
import { defineRoute, type Route } from '../http/route.ts';
import { createSeries } from '../series/create.ts';

/** Rotation series: a new one for a person, from a pattern, with the beds chosen for it as pins. */
export function seriesRoutes(db: Database): Route[] {
  return [
    defineRoute({
      method: 'post',
      path: '/api/instances/:id/series',
      operationId: 'createSeries',
      summary: 'Add a rotation series (format v1, pins per occurrence optional) to an instance',
      tag: 'instances',
      input: { params: instanceParams, body: series },
      responses: {
        201: { description: 'stored; the series as saved', schema: series },
        404: { description: 'no such instance' },
        409: { description: 'duplicate_id: the instance already has a series with this id' },
        422: {
          description:
            'invalid_series: a field the instance cannot hold (unknown person, bed or centre, tags no bed has, ' +
            'a first start outside the horizon, a pin past the last occurrence); details name each field',
        },
      },
      handle: async ({ params, body }, res) => {
        const stored = await createSeries(db, currentUser(res), params.id, body);
        res
          .status(201)
          .location(`/api/instances/${encodeURIComponent(params.id)}`)
          .json(stored);
      },
    }),
  ];
}
