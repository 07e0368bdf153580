import type { DateRange } from '../../solver/formats.ts';

/** Columns of a table of periods (closures, out of service) that belong to a parent row. */
export const periodColumns = (parentColumn: string) =>
  `${parentColumn} text, position integer, start_date date, end_date date`;

/** The rows of such a table for one parent. */
export const periodRows = (parentColumn: string, parentId: string, ranges: readonly DateRange[]) =>
  ranges.map((r, position) => ({ [parentColumn]: parentId, position, start_date: r.start, end_date: r.end }));

/** SQL for the periods of each row of `alias` as a JSON array of { start, end }, in their order. */
export const periodsOf = (table: string, parentColumn: string, alias: string) =>
  `COALESCE((SELECT jsonb_agg(jsonb_build_object('start', p.start_date, 'end', p.end_date) ORDER BY p.position)
     FROM ${table} p WHERE p.instance_id = ${alias}.instance_id AND p.${parentColumn} = ${alias}.id), '[]'::jsonb)`;
