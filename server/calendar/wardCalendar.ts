import { createHash } from 'node:crypto';
import { isSeriesStay, type Instance, type Plan } from '../../solver/formats.ts';
import type { Calendar, CalendarEvent } from './ics.ts';

/** How each kind of stay reads on a ward's calendar (bokmål). */
const kindLabels: Record<string, string> = {
  korttid: 'Korttidsopphold',
  rehab: 'Rehabiliteringsopphold',
  avlastning: 'Avlastningsopphold',
  ohd: 'ØHD-opphold',
  trygghet: 'Trygghetsopphold',
  vurdering: 'Vurderingsopphold',
  rullering: 'Rulleringsopphold',
  fixed: 'Pågående opphold',
};

/** A UID that stays the same for the same stay segment across plan versions but names nothing in it. */
const uidOf = (...parts: (string | number)[]) =>
  `${createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32)}@sengeplan`;

export interface WardCalendarInput {
  instanceId: string;
  instance: Instance;
  wardId: string;
  /** The latest published plan, if there is one. */
  plan: Plan | null;
  stamp: Date;
}

/**
 * The stays in one ward's beds as calendar events: the instance's fixed stays and the plan's placements.
 * Only the bed, the kind of stay and the dates: no person, request or series id. Null for an unknown ward.
 */
export function wardCalendar({
  instanceId,
  instance,
  wardId,
  plan,
  stamp,
}: WardCalendarInput): Calendar | null {
  const ward = instance.centres.flatMap((c) => c.wards).find((w) => w.id === wardId);
  if (!ward) return null;
  const beds = new Set(ward.rooms.flatMap((r) => r.beds.map((b) => b.id)));
  const requestKinds = new Map(instance.requests.map((r) => [r.id, r.kind]));
  const seriesKinds = new Map(instance.series.map((s) => [s.id, s.kind]));
  const event = (uid: string, kind: string, bedId: string, start: string, end: string): CalendarEvent => ({
    uid,
    start,
    end,
    summary: `${bedId}: ${kindLabels[kind] ?? kind}`,
    location: `${ward.name} (${ward.id}), seng ${bedId}`,
    categories: [kind],
  });

  const events = instance.fixed
    .filter((f) => beds.has(f.bedId))
    .map((f) => event(uidOf(instanceId, wardId, 'fixed', f.id), 'fixed', f.bedId, f.start, f.end));
  const segments = new Map<string, number>();
  for (const stay of plan?.stays ?? []) {
    if (!beds.has(stay.bedId)) continue;
    const ref = isSeriesStay(stay)
      ? `series:${stay.seriesId}#${stay.occurrence}`
      : `request:${stay.requestId}`;
    const kind = isSeriesStay(stay) ? seriesKinds.get(stay.seriesId) : requestKinds.get(stay.requestId);
    const segmentIndex = segments.get(ref) ?? 0;
    segments.set(ref, segmentIndex + 1);
    events.push(
      event(uidOf(instanceId, wardId, ref, segmentIndex), kind ?? 'ukjent', stay.bedId, stay.start, stay.end),
    );
  }
  events.sort((a, b) => a.start.localeCompare(b.start) || a.summary.localeCompare(b.summary));
  return { name: `Sengeplan – ${ward.name}`, stamp, events };
}
