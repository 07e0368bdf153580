import type { Request, Series } from '../formats.ts';
import { bedsWithTags, compile, type Model } from '../model/compile.ts';
import { occurrenceShapes } from '../model/series.ts';
import type { Weights } from '../objective/weights.ts';
import { occurrenceItem, requestItem, type Item } from '../search/items.ts';
import { State } from '../search/state.ts';
import type { Working } from './events.ts';
import { anchorOf } from './anchor.ts';
import { refKey, type Segment } from './refs.ts';
import type { StayRef } from './types.ts';

/**
 * locked: keeps bed and nights (the user has been told, or is there). must: nights that cannot be given up
 * (an extension, or the rest of a stay under way whose bed closes) with a fixed start, any fitting bed.
 * free: may move within its window.
 */
export type Role = 'locked' | 'must' | 'free';

/** What the repair knows about one item of the state (one piece of a stay). */
export interface Piece {
  key: string;
  ref: StayRef;
  role: Role;
  /** Where the earlier plan had it, when no event touched it: leaving it costs a move. */
  original?: { bed: number; start: number };
  /** Where to try first: the earlier bed and start. */
  prefer?: { bed: number; start: number };
  /** No placement the earlier plan did not have may start before this night. */
  floor: number;
  /** It had no bed in the earlier plan (or is new). */
  waiting: boolean;
}

export interface RepairState {
  model: Model;
  state: State;
  pieces: Piece[];
  /** Items per stay reference, in night order. */
  itemsOf: Map<string, { ref: StayRef; items: number[] }>;
  anchors: Map<string, number>;
  /** Stays a closure or out-of-service period displaced: moving them is the event's doing, not a move. */
  closureHit: Set<string>;
  today: number;
  notice: number;
  /** Where to put locked pieces once every item is known. */
  lockedAt: { item: number; bed: number; start: number }[];
  /** The nights locked stays and fixed stays hold, per bed, to see whether an extension fits after them. */
  lockedSpans: Map<number, { start: number; end: number; key: string }[]>;
  /**
   * Stays that are over (they left before today, turnover included) and waiting stays whose last start has
   * passed: nothing can change them, so they get no item and go to the new plan as they were.
   */
  history: Map<string, { ref: StayRef; segments: Segment[] }>;
  /** The model with no beds: items are made with it and given their beds from `bedsFor` (one list per tag set). */
  bedless: Model;
  bedsByTags: Map<string, number[]>;
}

interface Base {
  key: string;
  ref: StayRef;
  item: Item;
}

/** The earlier plan's pieces as the state's items: locked, must and free, per the notice rule. */
export function buildRepairState(
  w: Working,
  original: Map<string, { segments: Segment[] }>,
  weights: Weights,
  noticeDays: number,
): RepairState {
  const model = compile(w.instance);
  const today = model.days.of(w.today);
  const rs: RepairState = {
    model,
    state: new State(model, weights),
    pieces: [],
    itemsOf: new Map(),
    anchors: new Map(),
    closureHit: new Set(),
    today,
    notice: today + noticeDays,
    lockedAt: [],
    lockedSpans: lockedSpans(w, model, today + noticeDays),
    history: new Map(),
    bedless: { ...model, beds: [] },
    bedsByTags: new Map(),
  };
  for (const request of w.instance.requests) addRequest(rs, w, original, request);
  const placedBySeries = new Map<string, Map<number, number>>();
  for (const [key, group] of w.stays) {
    const first = group.segments[0];
    if (!first || !('seriesId' in group.ref) || w.closed.has(key)) continue;
    const placed = placedBySeries.get(group.ref.seriesId) ?? new Map<number, number>();
    placed.set(group.ref.occurrence, model.days.of(first.start));
    placedBySeries.set(group.ref.seriesId, placed);
  }
  for (const series of w.instance.series)
    addSeries(rs, w, original, series, placedBySeries.get(series.id) ?? new Map());
  return rs;
}

function lockedSpans(w: Working, model: Model, notice: number): RepairState['lockedSpans'] {
  const spans: RepairState['lockedSpans'] = new Map();
  const hold = (bedId: string, start: string, end: string, key: string) => {
    const bed = model.bedIndex.get(bedId);
    if (bed === undefined) return;
    const list = spans.get(bed) ?? [];
    list.push({ start: model.days.of(start), end: model.days.of(end), key });
    spans.set(bed, list);
  };
  for (const [key, group] of w.stays) {
    const first = group.segments[0];
    if (first && model.days.of(first.start) < notice)
      group.segments.forEach((s) => hold(s.bedId, s.start, s.end, key));
  }
  for (const f of w.instance.fixed) hold(f.bedId, f.start, f.end, `fixed:${f.id}`);
  return spans;
}

/** Can the stay run on in its bed over [from, to): open, and clear of every other locked or fixed stay? */
function runsOn(rs: RepairState, key: string, bed: number, from: number, to: number): boolean {
  const turnover = rs.model.instance.turnoverDays;
  if (bed < 0 || firstBlocked(rs.model, bed, from, to) < to) return false;
  return !(rs.lockedSpans.get(bed) ?? []).some(
    (s) => s.key !== key && s.start < to + turnover && s.end + turnover > from,
  );
}

/** The beds with the tags, or only the pinned bed when it has them (as search/items.ts chooses). */
function bedsFor(rs: RepairState, tags: readonly string[], pinnedBedId: string | undefined): number[] {
  const key = tags.join('\u0000');
  let tagged = rs.bedsByTags.get(key);
  if (!tagged) rs.bedsByTags.set(key, (tagged = bedsWithTags(rs.model, tags)));
  if (pinnedBedId === undefined) return tagged;
  const pinned = rs.model.bedIndex.get(pinnedBedId);
  return pinned !== undefined && tagged.includes(pinned) ? [pinned] : [];
}

/** Nothing a repair from today does can touch it: it left before today (with turnover) or can no longer start. */
function isHistory(rs: RepairState, w: Working, key: string, latestStart: number): boolean {
  if (w.touched.has(key)) return false;
  const segments = w.stays.get(key)?.segments ?? [];
  const last = segments[segments.length - 1];
  if (!last) return latestStart < rs.today;
  return rs.model.days.of(last.end) + rs.model.instance.turnoverDays <= rs.today;
}

function keepAsHistory(rs: RepairState, w: Working, key: string, ref: StayRef): void {
  rs.history.set(key, { ref, segments: w.stays.get(key)?.segments ?? [] });
}

function addRequest(rs: RepairState, w: Working, original: Map<string, { segments: Segment[] }>, r: Request) {
  const ref = { requestId: r.id };
  const key = refKey(ref);
  const latest = r.pin?.start ?? r.latestStart;
  if (isHistory(rs, w, key, rs.model.days.of(latest))) return keepAsHistory(rs, w, key, ref);
  const item = { ...requestItem(rs.bedless, r, 0), beds: bedsFor(rs, r.requiredTags, r.pin?.bedId) };
  addStay(rs, w, original, { key, ref, item });
}

function addSeries(
  rs: RepairState,
  w: Working,
  original: Map<string, { segments: Segment[] }>,
  s: Series,
  placed: ReadonlyMap<number, number>,
) {
  const anchor = anchorOf(rs.model, s, placed);
  rs.anchors.set(s.id, anchor);
  for (const shape of occurrenceShapes(s, anchor, rs.model.days.of(s.until))) {
    const ref = { seriesId: s.id, occurrence: shape.occurrence };
    const key = refKey(ref);
    if (w.closed.has(key)) continue;
    const pin = s.pins.find((p) => p.occurrence === shape.occurrence);
    const latest = pin?.start ? rs.model.days.of(pin.start) : anchor + shape.offset + s.flexDays;
    if (isHistory(rs, w, key, latest)) {
      keepAsHistory(rs, w, key, ref);
      continue;
    }
    const item = {
      ...occurrenceItem(rs.bedless, s, shape, anchor, 0),
      beds: bedsFor(rs, s.requiredTags, pin?.bedId),
    };
    addStay(rs, w, original, { key, ref, item });
  }
}

function add(rs: RepairState, base: Base, item: Item, piece: Omit<Piece, 'key' | 'ref'>): number {
  const index = rs.state.items.length;
  rs.state.addItem({ ...item, index });
  rs.pieces.push({ key: base.key, ref: base.ref, ...piece });
  const group = rs.itemsOf.get(base.key) ?? { ref: base.ref, items: [] };
  group.items.push(index);
  rs.itemsOf.set(base.key, group);
  return index;
}

/** The first night in [from, to) the bed cannot be used (closed or out of service), or `to`. */
function firstBlocked(model: Model, bed: number, from: number, to: number): number {
  const row = model.blocked[bed] as Uint8Array;
  for (let night = from; night < to; night++) if (row[night - model.spanStart]) return night;
  return to;
}

/** A bed a stay is pinned to that closes under it gives way: the stay may take another bed, its pin keeps its start. */
function pinnedBedCloses(rs: RepairState, item: Item, start: number): boolean {
  const bed = item.pinnedBed === undefined ? undefined : rs.model.bedIndex.get(item.pinnedBed);
  return bed !== undefined && firstBlocked(rs.model, bed, start, start + item.nights) < start + item.nights;
}

function addStay(rs: RepairState, w: Working, original: Map<string, { segments: Segment[] }>, base: Base) {
  const { model } = rs;
  const segments = w.stays.get(base.key)?.segments ?? [];
  const first = segments[0];
  if (!first) {
    add(
      rs,
      base,
      { ...base.item, earliest: Math.max(base.item.earliest, rs.today) },
      {
        role: 'free',
        floor: rs.today,
        waiting: true,
      },
    );
    return;
  }
  const spans = segments.map((s) => ({
    bed: model.bedIndex.get(s.bedId) ?? -1,
    start: model.days.of(s.start),
    end: model.days.of(s.end),
  }));
  const start = spans[0]?.start as number;
  const touched = w.touched.has(base.key);
  if (start >= rs.notice) {
    const firstBed = spans[0]?.bed as number;
    const where = { bed: firstBed, start };
    add(
      rs,
      base,
      {
        ...base.item,
        earliest: Math.max(base.item.earliest, rs.notice),
        ...(pinnedBedCloses(rs, base.item, start)
          ? { beds: bedsFor(rs, base.item.requiredTags, undefined) }
          : {}),
      },
      {
        role: 'free',
        floor: rs.notice,
        waiting: false,
        prefer: where,
        ...(touched || spans.length > 1 ? {} : { original: where }),
      },
    );
    return;
  }
  // Locked: the nights the earlier plan had stay where they were, unless a bed closes under them.
  const before = original.get(base.key)?.segments;
  const oldEnd = before?.length ? model.days.of((before[before.length - 1] as Segment).end) : start;
  const started = start < rs.today;
  const lastSpan = spans[spans.length - 1] as { bed: number; start: number; end: number };
  const coreEnd = Math.min(lastSpan.end, Math.max(oldEnd, start));
  // Nights that cannot be given up may take any fitting bed, past a pinned one: the pin then keeps its start only.
  const anyBed = bedsFor(rs, base.item.requiredTags, undefined);
  const must = (from: number, nights: number, bed: number) =>
    add(
      rs,
      base,
      { ...base.item, nights, beds: anyBed, earliest: from, latest: from, waitFrom: from, pinned: false },
      { role: 'must', floor: from, waiting: false, prefer: { bed, start: from } },
    );
  const core = spans.filter((s) => s.start < coreEnd).map((s) => ({ ...s, end: Math.min(s.end, coreEnd) }));
  const lastCore = core[core.length - 1];
  // An extension that fits in its bed is one stay with what came before (no turnover inside one stay).
  const tailRunsOn =
    lastSpan.end > coreEnd &&
    lastCore !== undefined &&
    lastCore.end === coreEnd &&
    lastCore.bed === lastSpan.bed &&
    firstBlocked(model, lastCore.bed, Math.max(lastCore.start, rs.today), coreEnd) === coreEnd &&
    runsOn(rs, base.key, lastSpan.bed, coreEnd, lastSpan.end);
  const tailNights = tailRunsOn ? lastSpan.end - coreEnd : 0;
  const hit = core.some(
    (s) => s.bed < 0 || firstBlocked(model, s.bed, Math.max(s.start, rs.today), s.end) < s.end,
  );
  if (hit) rs.closureHit.add(base.key);
  if (hit && !started) {
    must(start, lastSpan.end - start, spans[0]?.bed as number);
    return;
  }
  for (const s of core) {
    const cut = s.bed < 0 ? s.start : firstBlocked(model, s.bed, Math.max(s.start, rs.today), s.end);
    if (cut > s.start) {
      const index = add(
        rs,
        base,
        {
          ...base.item,
          nights: cut - s.start + (s === lastCore ? tailNights : 0),
          beds: [s.bed],
          earliest: s.start,
          latest: s.start,
          waitFrom: s.start === start ? base.item.waitFrom : s.start,
          pinned: true,
        },
        { role: 'locked', floor: s.start, waiting: false },
      );
      rs.lockedAt.push({ item: index, bed: s.bed, start: s.start });
    }
    if (cut < s.end) {
      must(cut, s.end - cut, s.bed);
    }
  }
  if (lastSpan.end > coreEnd && !tailRunsOn) must(coreEnd, lastSpan.end - coreEnd, lastSpan.bed);
}
