import { recordAudit } from '../audit/record.ts';
import { currentUser } from '../auth/access.ts';
import { series } from '../../solver/formats.ts';
import type { Database } from '../db/database.ts';
import { ApiError } from '../errors.ts';
import { defineRoute, type Route } from '../http/route.ts';
import { exportInstance } from '../repos/instances.ts';
import { insertSeries } from '../repos/series.ts';
import { seriesIssues } from '../series/check.ts';
import { instanceParams } from './params.ts';

const duplicate = (seriesId: string) =>
  new ApiError(409, 'duplicate_id', `det finnes allerede en serie med id ${seriesId}`, { path: 'body.id' });

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
        const user = currentUser(res);
        const stored = await db.transaction(async (tx) => {
          const inst = await exportInstance(tx, params.id);
          if (!inst) throw new ApiError(404, 'not_found', `finner ikke instansen ${params.id}`);
          if (inst.series.some((s) => s.id === body.id)) throw duplicate(body.id);
          const [first, ...more] = seriesIssues(inst, body);
          if (first) {
            const also = more.length > 0 ? ` (og ${more.length} til)` : '';
            throw new ApiError(
              422,
              'invalid_series',
              `serien kan ikke lagres: ${first.path.replace(/^body\./, '')}: ${first.message}${also}`,
              [first, ...more],
            );
          }
          if (!(await insertSeries(tx, params.id, body))) throw duplicate(body.id);
          await recordAudit(tx, {
            user,
            action: 'series.create',
            object: `instance/${params.id}/series/${body.id}`,
            after: body,
          });
          return body;
        });
        res
          .status(201)
          .location(`/api/instances/${encodeURIComponent(params.id)}`)
          .json(stored);
      },
    }),
  ];
}
