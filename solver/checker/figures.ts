/**
 * The figures every plan is judged by (shared/formats.md), computed from the instance and plan alone.
 * Horizon nights are [horizon.start, horizon.end). "Placed" means having at least one stay in the plan; an
 * occurrence counts (placed or unplaced) only when it exists for its series' anchor (see series.ts), and a
 * request or existing occurrence without a stay counts as unplaced whether or not the plan lists it.
 */
import type { CheckContext, Unit } from './context.ts';
import { occurrenceKey, requestKey } from './context.ts';

export interface Figures {
  /** Bed-nights in the horizon neither in a ward closure nor in the bed's out-of-service periods. */
  availableBedNights: number;
  /** Of those, the ones someone stays (plan and fixed stays; each bed-night once). */
  occupiedBedNights: number;
  idleBedNights: number;
  /** occupied / available, rounded to 4 decimals (0 when nothing is available). */
  occupancy: number;
  placedRequests: number;
  placedOccurrences: number;
  unplacedRequests: number;
  unplacedOccurrences: number;
  unplaced: number;
  /** request.nights, or the occurrence's in-nights, summed over the unplaced. */
  unplacedNights: number;
  /** Sum over placed requests of (start - earliestStart) in days. */
  waitDays: number;
  hospitalWaitDays: number;
  /** Consecutive segment pairs of one stay whose beds differ, over all stays. */
  transfers: number;
  /** Consecutive placed occurrences of one series whose first segments are in different beds. */
  seriesBedChanges: number;
  /** ... in different centres. */
  seriesCentreChanges: number;
  /** Placed requests with preferred centres whose first segment's bed is in none of them. */
  preferenceMisses: number;
}

function bedNights(ctx: CheckContext): { available: number; occupied: number } {
  const nights = Math.max(0, ctx.horizon.end - ctx.horizon.start);
  const mark = (row: Uint8Array, start: number, end: number) =>
    row.fill(1, Math.max(start, ctx.horizon.start), Math.min(end, ctx.horizon.end));
  const blocked = new Map<string, Uint8Array>();
  const occupied = new Map<string, Uint8Array>();
  for (const bed of ctx.beds.values()) {
    const row = new Uint8Array(nights);
    for (const period of bed.blocked) mark(row, period.start, period.end);
    blocked.set(bed.id, row);
    occupied.set(bed.id, new Uint8Array(nights));
  }
  for (const o of ctx.occupants) {
    const row = occupied.get(o.bedId);
    if (row !== undefined) mark(row, o.start, o.end);
  }
  let available = 0;
  let occupiedCount = 0;
  for (const [bedId, block] of blocked) {
    const occ = occupied.get(bedId);
    for (let n = 0; n < nights; n++) {
      if (block[n] === 1) continue;
      available++;
      if (occ?.[n] === 1) occupiedCount++;
    }
  }
  return { available, occupied: occupiedCount };
}

function countBy<T>(items: Iterable<T>, count: (item: T) => number): number {
  let total = 0;
  for (const item of items) total += count(item);
  return total;
}

function transfers(unit: Unit): number {
  return countBy(unit.segments.keys(), (i) => {
    const prev = unit.segments[i - 1];
    const seg = unit.segments[i];
    return prev !== undefined && seg !== undefined && prev.bedId !== seg.bedId ? 1 : 0;
  });
}

function seriesChanges(ctx: CheckContext): { bed: number; centre: number } {
  let bed = 0;
  let centre = 0;
  for (const schedule of ctx.schedules.values()) {
    let previous: { bedId: string; centreId: string | undefined } | undefined;
    for (const occurrence of schedule.occurrences) {
      const first = ctx.units.get(occurrenceKey(schedule.series.id, occurrence.index))?.segments[0];
      if (first === undefined) continue;
      const current = { bedId: first.bedId, centreId: first.bed?.centreId };
      if (previous !== undefined) {
        if (previous.bedId !== current.bedId) bed++;
        if (previous.centreId !== current.centreId) centre++;
      }
      previous = current;
    }
  }
  return { bed, centre };
}

export function computeFigures(ctx: CheckContext): Figures {
  const { available, occupied } = bedNights(ctx);

  let placedRequests = 0;
  let unplacedRequests = 0;
  let unplacedNights = 0;
  let waitDays = 0;
  let hospitalWaitDays = 0;
  let preferenceMisses = 0;
  for (const request of ctx.instance.requests) {
    const first = ctx.units.get(requestKey(request.id))?.segments[0];
    if (first === undefined) {
      unplacedRequests++;
      unplacedNights += request.nights;
      continue;
    }
    placedRequests++;
    const wait = first.start - ctx.day.of(request.earliestStart);
    waitDays += wait;
    if (request.source === 'hospital') hospitalWaitDays += wait;
    const centreId = first.bed?.centreId;
    if (
      request.preferredCentres.length > 0 &&
      (centreId === undefined || !request.preferredCentres.includes(centreId))
    ) {
      preferenceMisses++;
    }
  }

  let placedOccurrences = 0;
  let unplacedOccurrences = 0;
  for (const schedule of ctx.schedules.values()) {
    for (const occurrence of schedule.occurrences) {
      if (ctx.units.has(occurrenceKey(schedule.series.id, occurrence.index))) {
        placedOccurrences++;
      } else {
        unplacedOccurrences++;
        unplacedNights += occurrence.nights;
      }
    }
  }

  const changes = seriesChanges(ctx);
  return {
    availableBedNights: available,
    occupiedBedNights: occupied,
    idleBedNights: available - occupied,
    occupancy: available === 0 ? 0 : Math.round((occupied / available) * 10_000) / 10_000,
    placedRequests,
    placedOccurrences,
    unplacedRequests,
    unplacedOccurrences,
    unplaced: unplacedRequests + unplacedOccurrences,
    unplacedNights,
    waitDays,
    hospitalWaitDays,
    transfers: countBy(ctx.units.values(), transfers),
    seriesBedChanges: changes.bed,
    seriesCentreChanges: changes.centre,
    preferenceMisses,
  };
}
