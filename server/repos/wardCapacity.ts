import type { Ward } from '../../solver/formats.ts';

/** Columns of ward_capacity rows (migration 7): the beds a ward is staffed for, by period. */
export const capacityColumns = 'ward_id text, position integer, start_date date, end_date date, beds integer';

/** The ward_capacity rows of one ward, in its order. */
export const capacityRows = (ward: Pick<Ward, 'id' | 'capacity'>) =>
  (ward.capacity ?? []).map((c, position) => ({
    ward_id: ward.id,
    position,
    start_date: c.start,
    end_date: c.end,
    beds: c.beds,
  }));

/** SQL for the capacity periods of each ward row of `alias` as a JSON array of { start, end, beds }. */
export const capacityOf = (alias: string) =>
  `COALESCE((SELECT jsonb_agg(jsonb_build_object('start', p.start_date, 'end', p.end_date, 'beds', p.beds)
     ORDER BY p.position)
     FROM ward_capacity p WHERE p.instance_id = ${alias}.instance_id AND p.ward_id = ${alias}.id), '[]'::jsonb)`;
