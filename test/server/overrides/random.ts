/** Random overrides and a busier small fixture, for the tests that compare a focus with the whole. */
import fc from 'fast-check';
import type { Override } from '../../../api/overrides.ts';
import type { PlanRef } from '../../../api/refs.ts';
import { entryKey, keyOf } from '../../../server/overrides/refs.ts';
import { firstFit } from '../../../solver/baselines/firstfit.ts';
import { addDays } from '../../../solver/dates.ts';
import type { Instance, Plan } from '../../../solver/formats.ts';
import { fixture } from '../support/fixtures.ts';

/**
 * fixtures/small.json made harder to judge: a cleaning day between stays, every fifth request given the
 * person of the one before (so people have several stays), and every seventh placed request pinned.
 */
export function busySmall(): { instance: Instance; plan: Plan } {
  const base = fixture('small');
  const requests = base.requests.map((r, i) => {
    const previous = base.requests[i - 1];
    return i % 5 === 4 && previous ? { ...r, personId: previous.personId } : r;
  });
  const unpinned: Instance = { ...base, turnoverDays: 1, requests };
  const plan = firstFit(unpinned);
  const placed = new Map(plan.stays.flatMap((s) => ('requestId' in s ? [[s.requestId, s] as const] : [])));
  const instance: Instance = {
    ...unpinned,
    requests: requests.map((r, i) => {
      const stay = placed.get(r.id);
      return stay && i % 7 === 0 ? { ...r, pin: { bedId: stay.bedId, start: stay.start } } : r;
    }),
    series: unpinned.series.map((s, i) => (i % 3 === 0 ? { ...s, pins: [{ occurrence: 1 }] } : s)),
  };
  return { instance, plan };
}

const beds = (instance: Instance) =>
  instance.centres.flatMap((c) => c.wards.flatMap((w) => w.rooms.flatMap((r) => r.beds.map((b) => b.id))));

/** A random override of a request or occurrence of `plan`: a move near where it is or could be, a pin, or an unplace. */
export function arbitraryOverride(instance: Instance, plan: Plan): fc.Arbitrary<Override> {
  const refs = [...plan.stays, ...plan.unplaced].map((s) =>
    'requestId' in s ? { requestId: s.requestId } : { seriesId: s.seriesId, occurrence: s.occurrence },
  );
  const bedIds = beds(instance);
  const starts = (ref: Override['ref']): string => {
    const stay = plan.stays.find((s) => entryKey(s) === keyOf(ref as PlanRef));
    if (stay) return stay.start;
    const request = 'requestId' in ref ? instance.requests.find((r) => r.id === ref.requestId) : undefined;
    return request?.earliestStart ?? instance.horizon.start;
  };
  const ref = fc.constantFrom(...refs);
  const move = fc
    .record({
      ref,
      bed: fc.nat(bedIds.length - 1),
      shift: fc.integer({ min: -3, max: 3 }),
      nights: fc.integer({ min: 1, max: 28 }),
      pin: fc.boolean(),
      sameBed: fc.boolean(),
    })
    .map(({ ref: r, bed, shift, nights, pin, sameBed }): Override => {
      const here = plan.stays.find((s) => entryKey(s) === keyOf(r as PlanRef));
      const start = addDays(starts(r), shift);
      return {
        action: 'move',
        ref: r,
        bedId: sameBed && here ? here.bedId : (bedIds[bed] as string),
        start,
        end: addDays(start, nights),
        pin,
      };
    });
  const pin = fc.record({ ref, pinned: fc.boolean() }).map((p): Override => ({ action: 'pin', ...p }));
  const unplace = ref.map((r): Override => ({ action: 'unplace', ref: r }));
  return fc.oneof(
    { arbitrary: move, weight: 6 },
    { arbitrary: pin, weight: 1 },
    { arbitrary: unplace, weight: 1 },
  );
}
