import type { Queryable } from '../../../server/db/database.ts';

/** A 3-6 series for person P1 of fixtures/tiny.json, occurrence 0 pinned to a rotation bed. */
export const threeSix = (id = 'S-NY') => ({
  id,
  personId: 'P1',
  kind: 'rullering',
  phases: [{ inNights: 21, homeNights: 42 }],
  firstStart: { earliest: '2027-01-04', latest: '2027-01-06' },
  until: '2027-03-01',
  flexDays: 0,
  requiredTags: ['rullering'],
  preferredCentres: [],
  pins: [{ occurrence: 0, bedId: 'C2-W2-R1-B1' }],
});

/** What the series tables and the audit hold for an instance: to see that a refused request wrote nothing. */
export async function seriesState(q: Queryable, instanceId: string) {
  const count = async (sql: string) =>
    (await q.query<{ n: number }>(`SELECT count(*)::integer AS n FROM ${sql}`, [instanceId]))[0]?.n;
  return {
    series: await count('series WHERE instance_id = $1'),
    phases: await count('series_phases WHERE instance_id = $1'),
    pins: await count('series_pins WHERE instance_id = $1'),
    audit: await count(`audit WHERE object LIKE 'instance/' || $1 || '/series/%'`),
  };
}
