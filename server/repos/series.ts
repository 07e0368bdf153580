import type { Phase, Series } from '../../solver/formats.ts';
import { insertRows } from './bulk.ts';
import type { Queryable } from '../db/database.ts';
import { lockInstance } from './instanceLock.ts';

/** Stores the rotation series of an instance with their phases and pins, numbered from `firstPosition`. */
export async function writeSeries(
  tx: Queryable,
  instanceId: string,
  series: Series[],
  firstPosition = 0,
): Promise<void> {
  await insertRows(
    tx,
    'series',
    instanceId,
    `id text, position integer, person_id text, kind text, first_start_earliest date, first_start_latest date,
     until date, flex_days integer, required_tags text[], preferred_centres text[]`,
    series.map((s, index) => ({
      id: s.id,
      position: firstPosition + index,
      person_id: s.personId,
      kind: s.kind,
      first_start_earliest: s.firstStart.earliest,
      first_start_latest: s.firstStart.latest,
      until: s.until,
      flex_days: s.flexDays,
      required_tags: s.requiredTags,
      preferred_centres: s.preferredCentres,
    })),
  );
  await insertRows(
    tx,
    'series_phases',
    instanceId,
    'series_id text, position integer, in_nights integer, home_nights integer, count integer',
    series.flatMap((s) =>
      s.phases.map((p, position) => ({
        series_id: s.id,
        position,
        in_nights: p.inNights,
        home_nights: p.homeNights,
        count: p.count ?? null,
      })),
    ),
  );
  await insertRows(
    tx,
    'series_pins',
    instanceId,
    'series_id text, position integer, occurrence integer, bed_id text, start_date date',
    series.flatMap((s) =>
      s.pins.map((p, position) => ({
        series_id: s.id,
        position,
        occurrence: p.occurrence,
        bed_id: p.bedId ?? null,
        start_date: p.start ?? null,
      })),
    ),
  );
}

/**
 * Adds one series after the instance's others, in transaction `tx`. False when the instance already has a
 * series with its id (nothing is written then).
 */
export async function insertSeries(tx: Queryable, instanceId: string, series: Series): Promise<boolean> {
  // Locking the instance row makes concurrent inserts take their positions one after the other.
  await lockInstance(tx, instanceId);
  const [taken] = await tx.query('SELECT 1 FROM series WHERE instance_id = $1 AND id = $2', [
    instanceId,
    series.id,
  ]);
  if (taken) return false;
  const [next] = await tx.query<{ position: number }>(
    'SELECT COALESCE(max(position) + 1, 0)::integer AS position FROM series WHERE instance_id = $1',
    [instanceId],
  );
  await writeSeries(tx, instanceId, [series], next?.position ?? 0);
  return true;
}

interface SeriesRow {
  id: string;
  person_id: string;
  kind: string;
  first_start_earliest: string;
  first_start_latest: string;
  until: string;
  flex_days: number;
  required_tags: string[];
  preferred_centres: string[];
  phases: Phase[];
  pins: Series['pins'];
}

const selectSeries = (where: string) =>
  `SELECT s.id, s.person_id, s.kind, s.first_start_earliest, s.first_start_latest, s.until, s.flex_days,
          s.required_tags, s.preferred_centres,
          (SELECT jsonb_agg(jsonb_strip_nulls(jsonb_build_object(
                    'inNights', p.in_nights, 'homeNights', p.home_nights, 'count', p.count)) ORDER BY p.position)
           FROM series_phases p WHERE p.instance_id = s.instance_id AND p.series_id = s.id) AS phases,
          COALESCE((SELECT jsonb_agg(jsonb_strip_nulls(jsonb_build_object(
                    'occurrence', p.occurrence, 'bedId', p.bed_id, 'start', p.start_date)) ORDER BY p.position)
           FROM series_pins p WHERE p.instance_id = s.instance_id AND p.series_id = s.id), '[]'::jsonb) AS pins
   FROM series s WHERE s.instance_id = $1 ${where} ORDER BY s.position`;

const toSeries = (s: SeriesRow): Series => ({
  id: s.id,
  personId: s.person_id,
  kind: s.kind,
  phases: s.phases,
  firstStart: { earliest: s.first_start_earliest, latest: s.first_start_latest },
  until: s.until,
  flexDays: s.flex_days,
  requiredTags: s.required_tags,
  preferredCentres: s.preferred_centres,
  pins: s.pins,
});

/** The rotation series of an instance in format v1; absent optional fields (a phase's count) stay absent. */
export async function readSeries(q: Queryable, instanceId: string): Promise<Series[]> {
  return (await q.query<SeriesRow>(selectSeries(''), [instanceId])).map(toSeries);
}

/** Of the rotation series, the series `ids` and every series of person `personId`, in the stored order. */
export async function readSeriesOf(
  q: Queryable,
  instanceId: string,
  only: { ids: readonly string[]; personId: string | null },
): Promise<Series[]> {
  const where = 'AND (s.id = ANY($2::text[]) OR s.person_id = $3)';
  return (await q.query<SeriesRow>(selectSeries(where), [instanceId, only.ids, only.personId])).map(toSeries);
}

/** The person a series is for (undefined when there is no such series). */
export async function personOfSeries(
  q: Queryable,
  instanceId: string,
  seriesId: string,
): Promise<string | undefined> {
  const [row] = await q.query<{ person_id: string }>(
    'SELECT person_id FROM series WHERE instance_id = $1 AND id = $2',
    [instanceId, seriesId],
  );
  return row?.person_id;
}

/** A series that ends on another day (an early departure, an extension). */
export async function writeSeriesUntil(
  tx: Queryable,
  instanceId: string,
  seriesId: string,
  until: string,
): Promise<void> {
  await tx.query('UPDATE series SET until = $3 WHERE instance_id = $1 AND id = $2', [
    instanceId,
    seriesId,
    until,
  ]);
}
