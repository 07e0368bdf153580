import type { Instance, Series } from '../../solver/formats.ts';
import type { Queryable } from '../db/database.ts';
import { replaceBedTree } from '../repos/bedTree.ts';
import { addFixedStays } from '../repos/fixedStays.ts';
import { addPeople } from '../repos/people.ts';
import { writePin } from '../repos/pins.ts';
import { replaceRequests } from '../repos/requests.ts';
import { writeSeriesUntil } from '../repos/series.ts';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The occurrences whose pin an event set (an arrival) or changed, written one by one. */
async function storePinChanges(tx: Queryable, instanceId: string, before: Series, after: Series) {
  const occurrences = new Set([...before.pins, ...after.pins].map((p) => p.occurrence));
  for (const occurrence of occurrences) {
    const pinOf = (s: Series) => s.pins.find((p) => p.occurrence === occurrence);
    const now = pinOf(after);
    if (same(pinOf(before), now)) continue;
    const pin = now ? { bedId: now.bedId, start: now.start } : null;
    await writePin(tx, instanceId, { seriesId: after.id, occurrence }, pin);
  }
}

const added = <T extends { id: string }>(before: readonly T[], after: readonly T[]) => {
  const known = new Set(before.map((x) => x.id));
  return after.filter((x) => !known.has(x.id));
};

/**
 * Stores what events changed in an instance (`after` is `before` with the events applied, as repair() gives
 * it), in the caller's transaction: closures and out-of-service periods, new people, the waiting list as it
 * now is, series that end earlier or pin an occurrence, and stays that became fixed. Events change nothing else.
 */
export async function storeEventChanges(
  tx: Queryable,
  instanceId: string,
  before: Instance,
  after: Instance,
) {
  if (!same(before.centres, after.centres)) await replaceBedTree(tx, instanceId, after.centres);
  await addPeople(tx, instanceId, added(before.people, after.people));
  if (!same(before.requests, after.requests)) await replaceRequests(tx, instanceId, after.requests);
  for (const series of after.series) {
    const old = before.series.find((s) => s.id === series.id);
    if (!old || !same({ ...old, until: series.until, pins: series.pins }, series))
      throw new Error(`events changed series ${series.id} beyond its end date and pins`);
    await storePinChanges(tx, instanceId, old, series);
    if (old.until !== series.until) await writeSeriesUntil(tx, instanceId, series.id, series.until);
  }
  await addFixedStays(tx, instanceId, added(before.fixed, after.fixed));
}
