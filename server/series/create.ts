import type { Series } from '../../solver/formats.ts';
import { recordAudit } from '../audit/record.ts';
import type { SessionUser } from '../auth/types.ts';
import type { Database } from '../db/database.ts';
import { ApiError } from '../errors.ts';
import { exportInstance } from '../repos/instances.ts';
import { insertSeries } from '../repos/series.ts';
import { seriesIssues } from './check.ts';

const duplicate = (seriesId: string) =>
  new ApiError(409, 'duplicate_id', `det finnes allerede en serie med id ${seriesId}`, { path: 'body.id' });

/**
 * Adds a rotation series to an instance with its audit row: 409 duplicate_id when the id is taken, 422
 * invalid_series naming each field the instance cannot hold.
 */
export function createSeries(
  db: Database,
  user: SessionUser,
  instanceId: string,
  series: Series,
): Promise<Series> {
  return db.transaction(async (tx) => {
    const inst = await exportInstance(tx, instanceId);
    if (!inst) throw new ApiError(404, 'not_found', `finner ikke instansen ${instanceId}`);
    if (inst.series.some((s) => s.id === series.id)) throw duplicate(series.id);
    const [first, ...more] = seriesIssues(inst, series);
    if (first) {
      const also = more.length > 0 ? ` (og ${more.length} til)` : '';
      throw new ApiError(
        422,
        'invalid_series',
        `serien kan ikke lagres: ${first.path.replace(/^body\./, '')}: ${first.message}${also}`,
        [first, ...more],
      );
    }
    if (!(await insertSeries(tx, instanceId, series))) throw duplicate(series.id);
    await recordAudit(tx, {
      user,
      action: 'series.create',
      object: `instance/${instanceId}/series/${series.id}`,
      after: series,
    });
    return series;
  });
}
