/**
 * A month of events drawn from the domain figures (shared/domain.md), seeded: every day some arrivals do not
 * come, some stays are cancelled ahead, some users go home early, a third of short-term stays are extended,
 * ØHD patients arrive from hospital, and once a week a bed goes out of service for a few days.
 */
import { addDays } from '../../solver/dates.ts';
import type { Event, Instance, Plan } from '../../solver/formats.ts';
import type { Random } from '../../solver/random.ts';

export const figures = {
  /** Did not arrive: about 3 % of arrivals. */
  noShow: 0.03,
  /** Cancelled: about 5 % of stays, here a week before arrival. */
  cancel: 0.05,
  cancelDaysAhead: 7,
  /** Went home early: about 10 % of stays, decided a few days before the planned departure. */
  earlyDeparture: 0.1,
  earlyDepartureDaysAhead: 4,
  /** Extended with a new decision: about a third of short-term stays, by 3 to 14 nights. */
  extend: 1 / 3,
  extendDaysAhead: 3,
  extendNights: [3, 14] as const,
  /** ØHD arrivals from hospital every day, 1 to 3 nights each. */
  ohdPerDay: [1, 3] as const,
  ohdNights: [1, 3] as const,
  /** A bed out of service once a week, for 3 to 10 nights starting within the week. */
  outOfServiceEveryDays: 7,
  outOfServiceNights: [3, 10] as const,
};

type Ref = { requestId: string } | { seriesId: string; occurrence: number };

interface Placed {
  ref: Ref;
  start: string;
  end: string;
  korttid: boolean;
}

function placedStays(instance: Instance, plan: Plan): Placed[] {
  const kinds = new Map(instance.requests.map((r) => [r.id, r.kind]));
  const byRef = new Map<string, Placed>();
  for (const s of plan.stays) {
    const ref: Ref =
      'requestId' in s ? { requestId: s.requestId } : { seriesId: s.seriesId, occurrence: s.occurrence };
    const key = 'requestId' in ref ? ref.requestId : `${ref.seriesId}#${ref.occurrence}`;
    const korttid = 'requestId' in ref && kinds.get(ref.requestId) === 'korttid';
    const known = byRef.get(key);
    if (!known) byRef.set(key, { ref, start: s.start, end: s.end, korttid });
    else {
      if (s.start < known.start) known.start = s.start;
      if (s.end > known.end) known.end = s.end;
    }
  }
  return [...byRef.values()];
}

/** The events of one day, drawn from the plan as it stands in the morning, in random order. */
export function eventsForDay(
  instance: Instance,
  plan: Plan,
  today: string,
  dayNumber: number,
  random: Random,
): Event[] {
  const events: Event[] = [];
  for (const stay of placedStays(instance, plan)) {
    if (stay.start === today && random.chance(figures.noShow)) {
      events.push({ type: 'noShow', ...stay.ref, date: today });
    } else if (stay.start === addDays(today, figures.cancelDaysAhead) && random.chance(figures.cancel)) {
      events.push({ type: 'cancel', ...stay.ref });
    } else if (
      stay.start < today &&
      stay.end === addDays(today, figures.earlyDepartureDaysAhead) &&
      random.chance(figures.earlyDeparture)
    ) {
      events.push({ type: 'earlyDeparture', ...stay.ref, date: addDays(today, random.int(1, 3)) });
    } else if (
      stay.korttid &&
      stay.start < today &&
      stay.end === addDays(today, figures.extendDaysAhead) &&
      random.chance(figures.extend)
    ) {
      events.push({ type: 'extend', ...stay.ref, nights: random.int(...figures.extendNights) });
    }
  }
  const arrivals = random.int(...figures.ohdPerDay);
  for (let k = 0; k < arrivals; k++) {
    const id = `OHD-${today}-${k + 1}`;
    events.push({
      type: 'newRequest',
      request: {
        id,
        personId: `P-${id}`,
        kind: 'ohd',
        earliestStart: today,
        latestStart: today,
        nights: random.int(...figures.ohdNights),
        priority: 1,
        source: 'hospital',
        requiredTags: ['ohd'],
        preferredCentres: [],
      },
      person: { id: `P-${id}`, sex: random.chance(0.5) ? 'F' : 'M', partnerId: null },
    });
  }
  if (dayNumber % figures.outOfServiceEveryDays === 3) {
    const beds = instance.centres.flatMap((c) => c.wards.flatMap((w) => w.rooms.flatMap((r) => r.beds)));
    const start = addDays(today, random.int(1, 7));
    events.push({
      type: 'bedOutOfService',
      bedId: random.pick(beds).id,
      start,
      end: addDays(start, random.int(...figures.outOfServiceNights)),
    });
  }
  return random.shuffle(events);
}
