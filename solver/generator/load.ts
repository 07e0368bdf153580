/**
 * Load per ward kind: offered bed-nights (what the requests and series ask for inside the horizon) over
 * available bed-nights (the kind's beds, less closed, out-of-service and fixed-stay nights). The generator
 * sizes the request stream with it, and the tests measure any instance with it.
 */
import { daysBetween } from '../dates.ts';
import type { Instance, Phase } from '../formats.ts';
import { emptyByKind, kindOfTags, type WardKind } from './kinds.ts';

export interface KindLoad {
  beds: number;
  available: number;
  offered: number;
  /** offered / available (NaN when nothing is available). */
  load: number;
}

type Horizon = Instance['horizon'];

/** Start night and nights of each occurrence of a pattern whose occurrence 0 starts on night `first`. */
export function occurrences(phases: readonly Phase[], first: number, until: number): [number, number][] {
  const out: [number, number][] = [];
  let start = first;
  for (let p = 0; p < phases.length && start < until; p++) {
    const phase = phases[p] as Phase;
    const last = p === phases.length - 1;
    const count = last ? Infinity : (phase.count ?? 1);
    for (let k = 0; k < count && start < until; k++) {
      out.push([start, phase.inNights]);
      start += phase.inNights + phase.homeNights;
    }
  }
  return out;
}

/** Nights a request asks for inside the horizon, if it starts on its earliest start. */
export function requestOfferedNights(request: { earliestStart: string; nights: number }, horizon: Horizon) {
  const room = daysBetween(request.earliestStart, horizon.end);
  return Math.max(0, Math.min(request.nights, room));
}

/** Nights a series asks for inside the horizon, if occurrence 0 starts on its earliest first start. */
export function seriesOfferedNights(
  series: { phases: readonly Phase[]; firstStart: { earliest: string }; until: string },
  horizon: Horizon,
): number {
  const days = daysBetween(horizon.start, horizon.end);
  const first = daysBetween(horizon.start, series.firstStart.earliest);
  const until = Math.min(days, daysBetween(horizon.start, series.until));
  let nights = 0;
  for (const [start, n] of occurrences(series.phases, first, until)) {
    nights += Math.max(0, Math.min(start + n, days) - Math.max(start, 0));
  }
  return nights;
}

/** Beds and free bed-nights per ward kind: not closed, not out of service, not held by a fixed stay. */
export function availableByKind(
  inst: Pick<Instance, 'horizon' | 'centres' | 'fixed'>,
): Record<WardKind, { beds: number; available: number }> {
  const days = daysBetween(inst.horizon.start, inst.horizon.end);
  const result = emptyByKind(() => ({ beds: 0, available: 0 }));
  const nightsOf = new Map<string, Uint8Array>();
  const block = (nights: Uint8Array, range: { start: string; end: string }) => {
    const from = Math.max(0, daysBetween(inst.horizon.start, range.start));
    const to = Math.min(days, daysBetween(inst.horizon.start, range.end));
    for (let i = from; i < to; i++) nights[i] = 1;
  };
  const kindOfBed = new Map<string, WardKind>();
  for (const centre of inst.centres) {
    for (const ward of centre.wards) {
      const kind = kindOfTags(ward.tags);
      for (const room of ward.rooms) {
        for (const bed of room.beds) {
          const nights = new Uint8Array(Math.max(0, days));
          ward.closures.forEach((c) => block(nights, c));
          bed.outOfService.forEach((o) => block(nights, o));
          nightsOf.set(bed.id, nights);
          kindOfBed.set(bed.id, kind);
          result[kind].beds += 1;
        }
      }
    }
  }
  for (const stay of inst.fixed) {
    const nights = nightsOf.get(stay.bedId);
    if (nights) block(nights, stay);
  }
  for (const [bedId, nights] of nightsOf) {
    const kind = kindOfBed.get(bedId) as WardKind;
    result[kind].available += nights.length - nights.reduce((a, b) => a + b, 0);
  }
  return result;
}

/** Offered bed-nights per ward kind, a request or series classed by its required tags. */
export function offeredByKind(
  inst: Pick<Instance, 'horizon' | 'requests' | 'series'>,
): Record<WardKind, number> {
  const result = emptyByKind(() => 0);
  for (const r of inst.requests) result[kindOfTags(r.requiredTags)] += requestOfferedNights(r, inst.horizon);
  for (const s of inst.series) result[kindOfTags(s.requiredTags)] += seriesOfferedNights(s, inst.horizon);
  return result;
}

export function measureLoad(inst: Instance): Record<WardKind, KindLoad> {
  const available = availableByKind(inst);
  const offered = offeredByKind(inst);
  const result = emptyByKind((): KindLoad => ({ beds: 0, available: 0, offered: 0, load: NaN }));
  for (const kind of Object.keys(result) as WardKind[]) {
    const a = available[kind];
    result[kind] = {
      beds: a.beds,
      available: a.available,
      offered: offered[kind],
      load: a.available > 0 ? offered[kind] / a.available : NaN,
    };
  }
  return result;
}
