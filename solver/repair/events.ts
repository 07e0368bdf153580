import { addDays, daysBetween, maxDate, minDate } from '../dates.ts';
import type { Event, Instance, Plan, Request, Series, UnplacedWhy } from '../formats.ts';
import {
  reasonOf,
  reasonSentence,
  unplacedReason,
  type ClosingEvent,
  type Reason,
} from '../model/reasons.ts';
import { isClosedReason, refKey, refLabel, refOf, segmentsByRef, type Segment } from './refs.ts';
import { RepairInputError, type StayRef } from './types.ts';

/**
 * The instance with the events applied, and the earlier plan's stays as the events leave them (a shortened
 * stay ends earlier, an extended one runs on in its bed): the starting point of the repair.
 */
export interface Working {
  instance: Instance;
  stays: Map<string, { ref: StayRef; segments: Segment[] }>;
  /** The stays an event named, with the reason the planner sees. */
  touched: Map<string, string>;
  /** Occurrences that will not take place (cancelled, no-show, ended early), with their unplaced reason. */
  closed: Map<string, Reason>;
  warnings: string[];
  today: string;
}

type Target = {
  requestId?: string | undefined;
  seriesId?: string | undefined;
  occurrence?: number | undefined;
};

function targetRef(e: Target): StayRef {
  return e.requestId !== undefined
    ? { requestId: e.requestId }
    : { seriesId: e.seriesId as string, occurrence: e.occurrence as number };
}

function nightsOf(segments: readonly Segment[]): number {
  return segments.reduce((sum, s) => sum + daysBetween(s.start, s.end), 0);
}

/** The segments cut so that nobody stays on or after `date`. */
function cutAt(segments: readonly Segment[], date: string): Segment[] {
  return segments.filter((s) => s.start < date).map((s) => ({ ...s, end: minDate(s.end, date) }));
}

/** `stays` is the plan's stays grouped by reference when the caller has them; they are not changed. */
export function applyEvents(
  instance: Instance,
  plan: Plan,
  events: readonly Event[],
  today: string,
  stays = segmentsByRef(plan.stays),
): Working {
  const w: Working = {
    instance: copyForEvents(instance),
    stays: new Map(stays),
    touched: new Map(),
    closed: new Map(),
    warnings: [],
    today,
  };
  for (const entry of plan.unplaced) {
    if ('seriesId' in entry && isClosedReason(entry)) w.closed.set(refKey(refOf(entry)), reasonOf(entry));
  }
  for (const event of events) applyOne(w, event);
  return w;
}

/**
 * A copy the events may change without touching the caller's instance: the lists are copied, and each request
 * or series an event changes is copied when it is changed (see requestOf, seriesOf); the bed tree is small.
 */
function copyForEvents(instance: Instance): Instance {
  return {
    ...instance,
    centres: structuredClone(instance.centres),
    people: [...instance.people],
    requests: [...instance.requests],
    series: [...instance.series],
    fixed: [...instance.fixed],
  };
}

/** The request, copied into the working instance so that it may be changed. */
function requestOf(w: Working, requestId: string): Request {
  const at = w.instance.requests.findIndex((r) => r.id === requestId);
  if (at < 0) throw new RepairInputError('unknown_reference', `ukjent forespørsel ${requestId}`);
  const request = { ...(w.instance.requests[at] as Request) };
  w.instance.requests[at] = request;
  return request;
}

function seriesOf(w: Working, seriesId: string): Series {
  const at = w.instance.series.findIndex((s) => s.id === seriesId);
  if (at < 0) throw new RepairInputError('unknown_reference', `ukjent rullering ${seriesId}`);
  const series = { ...(w.instance.series[at] as Series) };
  w.instance.series[at] = series;
  return series;
}

function checkTarget(w: Working, ref: StayRef): void {
  if ('requestId' in ref) requestOf(w, ref.requestId);
  else seriesOf(w, ref.seriesId);
}

function applyOne(w: Working, event: Event): void {
  switch (event.type) {
    case 'cancel':
      if (event.seriesId !== undefined && event.from !== undefined)
        cancelSeriesFrom(w, event.seriesId, event.from);
      else endStay(w, targetRef(event), w.today, { code: 'cancelled' });
      return;
    case 'noShow':
      endStay(w, targetRef(event), event.date, { code: 'noShow', date: event.date });
      return;
    case 'arrival':
      arrive(w, targetRef(event), event.date);
      return;
    case 'earlyDeparture':
      endStay(w, targetRef(event), event.date, { code: 'leftEarly', date: event.date });
      return;
    case 'extend':
      extend(w, targetRef(event), event.nights);
      return;
    case 'bedOutOfService':
      closeBed(w, event.bedId, event.start, event.end);
      return;
    case 'wardClosure':
      closeWard(w, event.wardId, event.start, event.end);
      return;
    case 'newRequest':
      addRequest(w, event.request, event.person);
  }
}

/**
 * Ends a stay on `date` (a cancel, a no-show or an early departure). Nights before today stay as they were,
 * so a stay under way ends on today at the earliest; a stay that ends before it starts is gone.
 */
function endStay(w: Working, ref: StayRef, date: string, cause: ClosingEvent): void {
  checkTarget(w, ref);
  const reason = reasonSentence(cause);
  const key = refKey(ref);
  const segments = w.stays.get(key)?.segments ?? [];
  const first = segments[0];
  if (!first) {
    if ('requestId' in ref) removeRequest(w, ref.requestId, reason);
    else closeOccurrence(w, key, cause);
    return;
  }
  const end = first.start < w.today ? maxDate(date, w.today) : date;
  if (end >= (segments[segments.length - 1] as Segment).end) {
    w.warnings.push(`${reason}: ${refLabel(ref)} reiser uansett innen ${end}; ingenting endret`);
    return;
  }
  const kept = cutAt(segments, end);
  w.touched.set(key, reason);
  if (kept.length === 0) {
    w.stays.delete(key);
    if ('requestId' in ref) removeRequest(w, ref.requestId, reason);
    else closeOccurrence(w, key, cause);
    return;
  }
  if ('requestId' in ref) {
    requestOf(w, ref.requestId).nights = nightsOf(kept);
    w.stays.set(key, { ref, segments: kept });
    return;
  }
  // A rotation stay keeps its pattern's length; the nights it had become a fixed stay, the occurrence closes.
  const series = seriesOf(w, ref.seriesId);
  kept.forEach((s, k) => {
    const id = `${ref.seriesId}#${ref.occurrence}${k === 0 ? '' : `~${k}`}`;
    w.instance.fixed.push({ id, personId: series.personId, bedId: s.bedId, start: s.start, end: s.end });
  });
  w.stays.delete(key);
  closeOccurrence(w, key, { code: 'ended', cause });
}

/** Where an arrived stay is pinned: its first night, and its bed when it keeps one bed (a pin's bed holds every night). */
function pinAt(segments: readonly Segment[]): { bedId?: string; start: string } {
  const first = segments[0] as Segment;
  const oneBed = segments.every((s) => s.bedId === first.bedId);
  return oneBed ? { bedId: first.bedId, start: first.start } : { start: first.start };
}

function pinStay(w: Working, ref: StayRef, segments: readonly Segment[]): void {
  const pin = pinAt(segments);
  if ('requestId' in ref) {
    requestOf(w, ref.requestId).pin = pin;
    return;
  }
  const series = seriesOf(w, ref.seriesId);
  series.pins = [
    ...series.pins.filter((p) => p.occurrence !== ref.occurrence),
    { occurrence: ref.occurrence, ...pin },
  ];
}

/**
 * The person has come: the stay keeps its bed and start from now on (it is pinned there, so neither a later
 * repair nor a solve moves it). Arriving on the planned first night changes nothing else. Arriving later
 * frees the nights before the arrival and keeps the departure day (a rotation stay, which keeps its
 * pattern's length, becomes a fixed stay from the arrival); but nights before today never change, so a stay
 * whose first night has passed keeps it. An arrival before the first night, on or after the departure day,
 * or for a stay the plan does not place is refused.
 */
function arrive(w: Working, ref: StayRef, date: string): void {
  checkTarget(w, ref);
  const key = refKey(ref);
  const segments = w.stays.get(key)?.segments ?? [];
  const first = segments[0];
  const last = segments[segments.length - 1];
  const refuse = (why: string) => {
    throw new RepairInputError('invalid_event', `ankomst ${date} for ${refLabel(ref)}: ${why}`);
  };
  if (!first || !last) return refuse('oppholdet har ingen seng i planen; plasser det først');
  if (date < first.start)
    return refuse(`før første natt ${first.start}; flytt oppholdet først, sengen kan være opptatt`);
  if (date >= last.end) return refuse(`på eller etter avreisedagen ${last.end}`);
  if (date === first.start) return pinStay(w, ref, segments);
  if (first.start < w.today) {
    w.warnings.push(
      `ankomst ${date} for ${refLabel(ref)}: nettene før i dag endres ikke; oppholdet beholder første natt ${first.start}`,
    );
    return pinStay(w, ref, segments);
  }
  const kept = segments.filter((s) => s.end > date).map((s) => ({ ...s, start: maxDate(s.start, date) }));
  w.touched.set(key, `ankom ${date}`);
  if ('requestId' in ref) {
    const request = requestOf(w, ref.requestId);
    request.nights = nightsOf(kept);
    request.latestStart = maxDate(request.latestStart, date);
    w.stays.set(key, { ref, segments: kept });
    pinStay(w, ref, kept);
    return;
  }
  const series = seriesOf(w, ref.seriesId);
  series.pins = series.pins.filter((p) => p.occurrence !== ref.occurrence);
  kept.forEach((s, k) => {
    const id = `${ref.seriesId}#${ref.occurrence}${k === 0 ? '' : `~${k}`}`;
    w.instance.fixed.push({ id, personId: series.personId, bedId: s.bedId, start: s.start, end: s.end });
  });
  closeOccurrence(w, key, { code: 'ended', cause: { code: 'arrived', date } });
}

function removeRequest(w: Working, requestId: string, reason: string): void {
  w.instance.requests = w.instance.requests.filter((r) => r.id !== requestId);
  w.stays.delete(refKey({ requestId }));
  w.touched.set(refKey({ requestId }), reason);
}

function closeOccurrence(w: Working, key: string, why: UnplacedWhy): void {
  const closed = unplacedReason(why);
  w.closed.set(key, closed);
  w.stays.delete(key);
  w.touched.set(key, closed.reason);
}

/** No occurrence of the series starts on or after `from` (never before today: the past stays). */
function cancelSeriesFrom(w: Working, seriesId: string, from: string): void {
  const series = seriesOf(w, seriesId);
  const cut = maxDate(from, w.today);
  if (cut >= series.until) return;
  series.until = cut;
  for (const [key, group] of w.stays) {
    const ref = group.ref;
    if ('seriesId' in ref && ref.seriesId === seriesId && (group.segments[0] as Segment).start >= cut) {
      w.touched.set(key, `avlyst: rulleringen avsluttes fra ${cut}`);
    }
  }
}

/**
 * A request needs more nights: it grows and runs on in its bed (the repair moves what is in the way). A
 * rotation stay keeps its pattern's length, so its extra nights become a request of their own that
 * starts the day it would have gone home.
 */
function extend(w: Working, ref: StayRef, nights: number): void {
  checkTarget(w, ref);
  const key = refKey(ref);
  const group = w.stays.get(key);
  const last = group?.segments[group.segments.length - 1];
  const reason = `forlenget med ${nights} netter`;
  if ('requestId' in ref) {
    requestOf(w, ref.requestId).nights += nights;
    if (group && last)
      w.stays.set(key, {
        ref,
        segments: [...group.segments.slice(0, -1), { ...last, end: addDays(last.end, nights) }],
      });
    w.touched.set(key, reason);
    return;
  }
  if (!last) {
    w.warnings.push(`${reason}: ${refLabel(ref)} har ikke noe opphold i planen; ingenting endret`);
    return;
  }
  const series = seriesOf(w, ref.seriesId);
  const base = `${ref.seriesId}#${ref.occurrence}-forlengelse`;
  let id = base;
  for (let n = 2; w.instance.requests.some((r) => r.id === id); n++) id = `${base}${n}`;
  const centre = w.instance.centres.find((c) =>
    c.wards.some((wd) => wd.rooms.some((r) => r.beds.some((b) => b.id === last.bedId))),
  );
  w.instance.requests.push({
    id,
    personId: series.personId,
    kind: 'avlastning',
    earliestStart: last.end,
    latestStart: last.end,
    nights,
    priority: 1,
    source: 'home',
    requiredTags: series.requiredTags,
    preferredCentres: centre ? [centre.id] : [],
  });
  const extension = { requestId: id };
  w.stays.set(refKey(extension), {
    ref: extension,
    segments: [{ bedId: last.bedId, start: last.end, end: addDays(last.end, nights) }],
  });
  w.touched.set(refKey(extension), `${reason} (${refLabel(ref)})`);
}

/** Closures apply from today: what happened before stays as it was. */
function fromToday(w: Working, start: string, end: string): { start: string; end: string } | null {
  const from = maxDate(start, w.today);
  return from < end ? { start: from, end } : null;
}

function closeBed(w: Working, bedId: string, start: string, end: string): void {
  const bed = w.instance.centres
    .flatMap((c) => c.wards.flatMap((wd) => wd.rooms.flatMap((r) => r.beds)))
    .find((b) => b.id === bedId);
  if (!bed) throw new RepairInputError('unknown_reference', `ukjent seng ${bedId}`);
  const range = fromToday(w, start, end);
  if (range) bed.outOfService.push(range);
  else w.warnings.push(`seng ${bedId} ute av drift ${start}–${end}: perioden er over; ingenting endret`);
}

function closeWard(w: Working, wardId: string, start: string, end: string): void {
  const ward = w.instance.centres.flatMap((c) => c.wards).find((wd) => wd.id === wardId);
  if (!ward) throw new RepairInputError('unknown_reference', `ukjent avdeling ${wardId}`);
  const range = fromToday(w, start, end);
  if (range) ward.closures.push(range);
  else w.warnings.push(`avdeling ${wardId} stengt ${start}–${end}: perioden er over; ingenting endret`);
}

function addRequest(w: Working, request: Request, person: Instance['people'][number] | undefined): void {
  if (w.instance.requests.some((r) => r.id === request.id))
    throw new RepairInputError('duplicate_id', `forespørsel ${request.id} finnes allerede`);
  const known = w.instance.people.some((p) => p.id === request.personId);
  if (!known && person?.id !== request.personId)
    throw new RepairInputError('unknown_reference', `ukjent person ${request.personId}`);
  if (!known && person) w.instance.people.push(person);
  w.instance.requests.push(structuredClone(request));
  w.touched.set(refKey({ requestId: request.id }), 'ny forespørsel');
}
