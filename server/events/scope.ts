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

/** What ward staff record about a stay; every other event changes shared data and is for planners. */
const staffEventTypes = ['arrival', 'noShow', 'earlyDeparture', 'extend'] as const;
type StaffEvent = Extract<Event, { type: (typeof staffEventTypes)[number] }>;

const isStaffEvent = (e: Event): e is StaffEvent => (staffEventTypes as readonly string[]).includes(e.type);

/**
 * The places a list of events touches: the wards of the beds the named stay holds in the plan. A stay the
 * plan does not place, and every event staff may not send (cancel, bed out of service, ward closure, new
 * request), is in no ward, so only the unscoped roles (planners, admins) may send it.
 */
export function placesOfEvents(centres: readonly Centre[], plan: Plan, events: readonly Event[]): Place[] {
  const beds = bedPlaces(centres);
  const bedsOfStay = (e: StaffEvent) =>
    plan.stays
      .filter((s) =>
        'seriesId' in s
          ? s.seriesId === e.seriesId && s.occurrence === e.occurrence
          : s.requestId === e.requestId,
      )
      .map((s) => beds.get(s.bedId) ?? nowhere);
  return events.flatMap((e): Place[] => {
    const places = isStaffEvent(e) ? bedsOfStay(e) : [];
    return places.length > 0 ? places : [nowhere];
  });
}
