import type { Place } from '../auth/access.ts';
import type { Centre, Event, Plan } from '../../solver/formats.ts';

/** Ward and centre of every bed of a bed tree. */
export function bedPlaces(centres: readonly Centre[]): Map<string, Place> {
  return new Map(
    centres.flatMap((c) =>
      c.wards.flatMap((w) =>
        w.rooms.flatMap((r) => r.beds.map((b) => [b.id, { centreId: c.id, wardId: w.id }] as const)),
      ),
    ),
  );
}

const nowhere: Place = { centreId: null, wardId: null };

/**
 * The places a list of events touches: the wards of the beds the named stay holds in the plan, the bed or
 * ward an outage names. A stay the plan does not place, or a new request, is in no ward (planners only).
 */
export function placesOfEvents(centres: readonly Centre[], plan: Plan, events: readonly Event[]): Place[] {
  const beds = bedPlaces(centres);
  const wardCentre = new Map(centres.flatMap((c) => c.wards.map((w) => [w.id, c.id] as const)));
  const bedsOfStay = (e: {
    requestId?: string | undefined;
    seriesId?: string | undefined;
    occurrence?: number | undefined;
    from?: string | undefined;
  }) =>
    plan.stays
      .filter((s) =>
        'seriesId' in s
          ? s.seriesId === e.seriesId &&
            (e.occurrence === undefined
              ? e.from === undefined || s.end > e.from
              : s.occurrence === e.occurrence)
          : s.requestId === e.requestId,
      )
      .map((s) => beds.get(s.bedId) ?? nowhere);
  return events.flatMap((e): Place[] => {
    switch (e.type) {
      case 'bedOutOfService':
        return [beds.get(e.bedId) ?? nowhere];
      case 'wardClosure':
        return [{ wardId: e.wardId, centreId: wardCentre.get(e.wardId) ?? null }];
      case 'newRequest':
        return [nowhere];
      default: {
        const places = bedsOfStay(e);
        return places.length > 0 ? places : [nowhere];
      }
    }
  });
}
