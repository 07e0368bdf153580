import type { Plan, Request, Series, Stay, Unplaced } from '../formats.ts';
import {
  kindLookup,
  reasonOf,
  unplacedReason,
  unplacedWhy,
  type KindOf,
  type Reason,
} from '../model/reasons.ts';
import { occurrenceShapes } from '../model/series.ts';
import { staffingAround } from '../model/staffing.ts';
import type { Working } from './events.ts';
import { anchorOf } from './anchor.ts';
import type { RepairState } from './pieces.ts';
import { refKey, refLabel, sameSegments, spanOf, type Segment } from './refs.ts';
import type { Move, StayRef } from './types.ts';

/** The placed pieces of a stay as plan segments, a piece that continues in the same bed joined to it. */
function segmentsOf(rs: RepairState, items: readonly number[]): Segment[] {
  const { state, model } = rs;
  const spans = items
    .filter((i) => state.isPlaced(i))
    .map((i) => ({
      bed: state.bedOf[i] as number,
      start: state.startOf[i] as number,
      end: (state.startOf[i] as number) + (state.items[i]?.nights ?? 0),
    }))
    .sort((a, b) => a.start - b.start);
  const joined: typeof spans = [];
  for (const span of spans) {
    const last = joined[joined.length - 1];
    if (last && last.bed === span.bed && last.end === span.start) last.end = span.end;
    else joined.push({ ...span });
  }
  return joined.map((s) => ({
    bedId: (model.beds[s.bed] as { id: string }).id,
    start: model.days.date(s.start),
    end: model.days.date(s.end),
  }));
}

function reasonFor(
  rs: RepairState,
  kindOf: KindOf,
  i: number,
  oldReasons: Map<string, Reason>,
  key: string,
): Reason {
  const item = rs.state.items[i];
  const piece = rs.pieces[i];
  if (!item) return oldReasons.get(key) ?? unplacedReason({ code: 'startPassed' });
  const old = piece ? oldReasons.get(piece.key) : undefined;
  if (old !== undefined && piece?.waiting) return old;
  const { days } = rs.model;
  const first = Math.max(item.earliest, piece?.floor ?? item.earliest);
  if (first > item.latest) return unplacedReason({ code: 'startPassed' });
  return unplacedReason(
    unplacedWhy({
      kind: kindOf(item),
      requiredTags: item.requiredTags,
      nights: item.nights,
      firstStart: days.date(first),
      lastStart: days.date(item.latest),
      compatibleBeds: item.beds.length,
      pinnedBed: item.pinnedBed,
      pinnedStart: item.pinnedStart,
      occurrence: item.occurrence,
      staffing: staffingAround(rs.model, item.beds, first, item.latest + item.nights),
    }),
  );
}

function stayOf(ref: StayRef, s: Segment): Stay {
  return 'requestId' in ref ? { requestId: ref.requestId, ...s } : { ...ref, ...s };
}

export interface Output {
  plan: Plan;
  /** Stays by reference key in the new plan. */
  placed: Map<string, { ref: StayRef; segments: Segment[] }>;
  conflicts: string[];
}

/**
 * The new plan: every request and every occurrence that exists placed or unplaced. A stay whose nights that
 * cannot be given up found no bed is cut to the nights it has (its request shrinks) and named a conflict.
 */
export function toPlan(rs: RepairState, w: Working, oldPlan: Plan): Output {
  const oldReasons = new Map(oldPlan.unplaced.map((u) => [refKey(u), reasonOf(u)]));
  const kindOf = kindLookup(w.instance);
  const stays: Stay[] = [];
  const unplaced: Unplaced[] = [];
  const placed = new Map<string, { ref: StayRef; segments: Segment[] }>();
  const conflicts: string[] = [];
  const emit = (key: string, ref: StayRef, items: readonly number[]): Segment[] => {
    const history = rs.history.get(key);
    if (history) {
      history.segments.forEach((s) => stays.push(stayOf(ref, s)));
      if (history.segments.length > 0) placed.set(key, { ref, segments: history.segments });
      return history.segments;
    }
    const segments = segmentsOf(rs, items);
    const lost = items.filter((i) => rs.pieces[i]?.role !== 'free' && !rs.state.isPlaced(i));
    if (lost.length > 0 && segments.length > 0) {
      const nights = lost.reduce((sum, i) => sum + (rs.state.items[i]?.nights ?? 0), 0);
      conflicts.push(`${refLabel(ref)}: ${nights} netter fant ingen seng`);
      if ('seriesId' in ref) {
        // A rotation stay keeps its pattern's length: the nights it has become a fixed stay.
        const personId = w.instance.series.find((s) => s.id === ref.seriesId)?.personId as string;
        segments.forEach((s, k) =>
          w.instance.fixed.push({ id: `${refLabel(ref)}${k === 0 ? '' : `~${k}`}`, personId, ...s }),
        );
        w.closed.set(key, unplacedReason({ code: 'ended', cause: { code: 'nightsWithoutBed', nights } }));
        return [];
      }
    }
    if (segments.length > 0) {
      placed.set(key, { ref, segments });
      segments.forEach((s) => stays.push(stayOf(ref, s)));
    }
    return segments;
  };
  w.instance.requests.forEach((request, at) => {
    const ref = { requestId: request.id };
    const key = refKey(ref);
    const items = rs.itemsOf.get(key)?.items ?? [];
    const segments = emit(key, ref, items);
    const nights = segments.reduce((sum, s) => sum + rs.model.days.of(s.end) - rs.model.days.of(s.start), 0);
    if (segments.length > 0 && nights !== request.nights) w.instance.requests[at] = { ...request, nights };
    const pinnedBed = request.pin?.bedId;
    if (pinnedBed !== undefined && segments.some((s) => s.bedId !== pinnedBed)) {
      const { pin, ...rest } = w.instance.requests[at] as Request;
      w.instance.requests[at] = pin?.start === undefined ? rest : { ...rest, pin: { start: pin.start } };
    }
    if (segments.length === 0)
      unplaced.push({ requestId: request.id, ...reasonFor(rs, kindOf, items[0] ?? -1, oldReasons, key) });
  });
  const startsBySeries = new Map<string, Map<number, number>>();
  for (const { ref, segments } of rs.history.values()) {
    const first = segments[0];
    if (!('seriesId' in ref) || !first) continue;
    const starts = startsBySeries.get(ref.seriesId) ?? new Map<number, number>();
    starts.set(ref.occurrence, rs.model.days.of(first.start));
    startsBySeries.set(ref.seriesId, starts);
  }
  for (const { ref, items } of rs.itemsOf.values()) {
    if (!('seriesId' in ref)) continue;
    const first = items.filter((i) => rs.state.isPlaced(i)).map((i) => rs.state.startOf[i] as number);
    if (first.length === 0) continue;
    const starts = startsBySeries.get(ref.seriesId) ?? new Map<number, number>();
    starts.set(ref.occurrence, Math.min(...first));
    startsBySeries.set(ref.seriesId, starts);
  }
  w.instance.series.forEach((series, at) => {
    const bedsOf = new Map<number, Set<string>>();
    const anchor = anchorOf(rs.model, series, startsBySeries.get(series.id) ?? new Map());
    for (const shape of occurrenceShapes(series, anchor, rs.model.days.of(series.until))) {
      const ref = { seriesId: series.id, occurrence: shape.occurrence };
      const key = refKey(ref);
      const closed = w.closed.get(key);
      if (closed !== undefined) {
        unplaced.push({ ...ref, ...closed });
        continue;
      }
      const items = rs.itemsOf.get(key)?.items ?? [];
      const segments = emit(key, ref, items);
      bedsOf.set(shape.occurrence, new Set(segments.map((s) => s.bedId)));
      const reason = w.closed.get(key) ?? reasonFor(rs, kindOf, items[0] ?? -1, oldReasons, key);
      if (segments.length === 0) unplaced.push({ ...ref, ...reason });
    }
    const outgrown = (p: Series['pins'][number]) =>
      p.bedId !== undefined && [...(bedsOf.get(p.occurrence) ?? [])].some((b) => b !== p.bedId);
    if (series.pins.some(outgrown))
      w.instance.series[at] = {
        ...series,
        pins: series.pins.map((p) => (outgrown(p) ? withoutBed(p) : p)),
      };
  });
  return { plan: { version: 1, stays, unplaced, metrics: {} }, placed, conflicts };
}

/** A pin whose stay now changes bed part-way (nights that could not be given up found another bed) keeps its start. */
function withoutBed(pin: Series['pins'][number]): Series['pins'][number] {
  const { bedId: _bed, ...rest } = pin;
  return rest;
}

/**
 * Every difference from the earlier plan: the stays the events named, placements the repair moved (and
 * why), waiting stays that got a bed, and stays that lost theirs.
 */
export function movesBetween(
  rs: RepairState,
  w: Working,
  before: Map<string, { ref: StayRef; segments: Segment[] }>,
  after: Map<string, { ref: StayRef; segments: Segment[] }>,
  reasons: Map<number, string>,
): Move[] {
  const moves: Move[] = [];
  const reasonOf = (key: string) => {
    for (const i of rs.itemsOf.get(key)?.items ?? []) {
      const reason = reasons.get(i);
      if (reason !== undefined) return reason;
    }
    return undefined;
  };
  const keys = new Set([...before.keys(), ...after.keys(), ...w.touched.keys()]);
  for (const key of keys) {
    const old = before.get(key);
    const now = after.get(key);
    const ref = (old ?? now)?.ref ?? refFromKey(key);
    const from = old ? spanOf(old.segments, w.today) : null;
    const to = now ? spanOf(now.segments, w.today) : null;
    const touched =
      w.touched.get(key) ??
      (rs.closureHit.has(key) ? closureReason(reasonOf(key), now !== undefined) : undefined);
    const same = old && now ? sameSegments(old.segments, now.segments) : !old && !now;
    if (touched !== undefined) {
      moves.push({ ref, from, to, reason: touched, kind: 'event' });
    } else if (same) {
      continue;
    } else if (old && now) {
      moves.push({ ref, from, to, reason: reasonOf(key) ?? 'flyttet', kind: 'moved' });
    } else if (now) {
      moves.push({ ref, from, to, reason: reasonOf(key) ?? 'fikk plass', kind: 'placed' });
    } else {
      moves.push({ ref, from, to, reason: reasonOf(key) ?? 'mistet plassen', kind: 'unplaced' });
    }
  }
  return moves.sort(
    (a, b) =>
      kindOrder[a.kind] - kindOrder[b.kind] ||
      (a.from?.start ?? a.to?.start ?? '').localeCompare(b.from?.start ?? b.to?.start ?? ''),
  );
}

function closureReason(detail: string | undefined, placed: boolean): string {
  if (!placed) return 'sengen stenges i perioden, og ingen annen seng var ledig';
  return detail === undefined || detail.startsWith('plassen holdt')
    ? 'sengen stenges i perioden'
    : `sengen stenges i perioden: ${detail}`;
}

const kindOrder = { event: 0, moved: 1, unplaced: 2, placed: 3 } as const;

function refFromKey(key: string): StayRef {
  if (key.startsWith('R:')) return { requestId: key.slice(2) };
  const [seriesId, occurrence] = key.slice(2).split('#');
  return { seriesId: seriesId as string, occurrence: Number(occurrence) };
}
