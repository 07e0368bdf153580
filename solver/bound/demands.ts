/**
 * The counting side of the bound: bed classes with their free capacity per horizon night, the nights fixed
 * stays already fill, and the demands (requests and every series occurrence that can exist) merged into
 * groups of equal shape.
 */
import type { Instance } from '../formats.ts';
import { compile, type Model } from '../model/compile.ts';
import { occurrenceShapes } from '../model/series.ts';

export interface BedClass {
  /** The class's tags (ward tags ∪ bed tags), sorted. */
  tags: string[];
  beds: number;
  /** capacity[t] for horizon night t: beds of the class neither blocked nor held by a fixed stay. */
  capacity: Int32Array;
}

/** Demands with the same compatible classes, start window and nights, merged. */
export interface DemandGroup {
  /** Indices into `BoundData.classes` (usable classes only), ascending. */
  classes: number[];
  /** First and last start (night numbers; may be negative), already cut to starts with a night inside. */
  first: number;
  last: number;
  nights: number;
  /** How many demands share this shape. */
  count: number;
}

/** One occurrence of a series, relative to the series' anchor. */
export interface SeriesOccurrence {
  /** k: the occurrence's number in its series. */
  occurrence: number;
  /** Days from the anchor to the pattern date. */
  offset: number;
  nights: number;
  /** Days the start may move from the pattern date (0 for occurrence 0, which starts on the anchor). */
  flex: number;
}

/**
 * A series kept whole ('tied' series, see model.ts): one anchor for all its occurrences. Occurrence k of
 * anchor a exists iff a + offset < until and starts in [a + offset - flex, a + offset + flex].
 */
export interface SeriesDemand {
  /** Indices into `BoundData.classes`, ascending. */
  classes: number[];
  /** The anchor's range (firstStart), night numbers. */
  earliest: number;
  latest: number;
  until: number;
  /** Every occurrence the earliest anchor gives (a later anchor gives a prefix of them). */
  occurrences: SeriesOccurrence[];
}

export interface BoundDataOptions {
  /**
   * Keep each series whole in `series` (one anchor for all its occurrences) instead of merging its
   * occurrences into `groups` as independent demands. Default false.
   */
  tieSeries?: boolean;
}

export interface BoundData {
  model: Model;
  horizonNights: number;
  /** Classes at least one demand can use; the others can hold no plan stay. */
  classes: BedClass[];
  /** All classes of the instance, usable or not. */
  allClasses: number;
  fixedNights: number;
  groups: DemandGroup[];
  /** Series kept whole (only with `tieSeries`; otherwise their occurrences are in `groups`). */
  series: SeriesDemand[];
  /** Demands (requests + possible occurrences) and how many of them can never add a night. */
  demands: number;
  droppedDemands: number;
}

/** Nights of [start, start + nights) inside the horizon [0, horizonNights). */
export function nightsInside(start: number, nights: number, horizonNights: number): number {
  return Math.max(0, Math.min(start + nights, horizonNights) - Math.max(start, 0));
}

interface Demand {
  requiredTags: readonly string[];
  first: number;
  last: number;
  nights: number;
}

function* demandsOf(model: Model, withSeries: boolean): Generator<Demand> {
  const { instance, days } = model;
  for (const r of instance.requests) {
    yield {
      requiredTags: r.requiredTags,
      first: days.of(r.earliestStart),
      last: days.of(r.latestStart),
      nights: r.nights,
    };
  }
  if (!withSeries) return;
  for (const s of instance.series) {
    const earliest = days.of(s.firstStart.earliest);
    const latest = days.of(s.firstStart.latest);
    // Occurrence k exists for some anchor iff it exists for the earliest anchor (offsets do not depend on
    // the anchor, existence is p_k = anchor + offset_k < until).
    for (const shape of occurrenceShapes(s, earliest, days.of(s.until))) {
      const flex = shape.occurrence === 0 ? 0 : s.flexDays;
      yield {
        requiredTags: s.requiredTags,
        first: earliest + shape.offset - flex,
        last: latest + shape.offset + flex,
        nights: shape.nights,
      };
    }
  }
}

export function boundData(instance: Instance, options: BoundDataOptions = {}): BoundData {
  const tieSeries = options.tieSeries === true;
  const model = compile(instance);
  const H = Math.max(0, model.horizonNights);
  const { spanStart } = model;

  // Nights fixed stays hold, per bed, inside the horizon (each bed-night once, as the checker counts).
  const held = model.beds.map(() => new Uint8Array(H));
  for (const f of instance.fixed) {
    const bed = model.bedIndex.get(f.bedId);
    if (bed === undefined) continue;
    const from = Math.max(0, model.days.of(f.start));
    const to = Math.min(H, model.days.of(f.end));
    if (to > from) held[bed]!.fill(1, from, to);
  }

  const classIndex = new Map<string, number>();
  const classTags: string[][] = [];
  const classBeds: number[][] = [];
  let fixedNights = 0;
  for (const bed of model.beds) {
    const tags = [...bed.tags].sort();
    const key = JSON.stringify(tags);
    let g = classIndex.get(key);
    if (g === undefined) {
      g = classTags.length;
      classIndex.set(key, g);
      classTags.push(tags);
      classBeds.push([]);
    }
    classBeds[g]!.push(bed.index);
  }

  // Demands → groups over all classes first; then keep only classes some group uses.
  const tagSets = classTags.map((tags) => new Set(tags));
  const compatibleCache = new Map<string, number[]>();
  const compatible = (required: readonly string[]): number[] => {
    const key = JSON.stringify([...new Set(required)].sort());
    let list = compatibleCache.get(key);
    if (list === undefined) {
      list = [];
      for (let g = 0; g < tagSets.length; g++) if (required.every((t) => tagSets[g]!.has(t))) list.push(g);
      compatibleCache.set(key, list);
    }
    return list;
  };
  const groupIndex = new Map<string, DemandGroup>();
  let demands = 0;
  let dropped = 0;
  for (const d of demandsOf(model, !tieSeries)) {
    demands++;
    const classes = compatible(d.requiredTags);
    // Starts whose stay has a night inside the horizon: s + nights > 0 and s < H.
    const first = Math.max(d.first, 1 - d.nights);
    const last = Math.min(d.last, H - 1);
    if (classes.length === 0 || first > last || d.nights <= 0) {
      dropped++;
      continue;
    }
    const key = `${classes.join(',')}|${first}|${last}|${d.nights}`;
    const group = groupIndex.get(key);
    if (group) group.count++;
    else groupIndex.set(key, { classes, first, last, nights: d.nights, count: 1 });
  }

  // Tied series: occurrences whose starts can put a night inside the horizon (the others add nothing).
  const seriesDemands: SeriesDemand[] = [];
  if (tieSeries) {
    for (const s of instance.series) {
      const earliest = model.days.of(s.firstStart.earliest);
      // The schema keeps latest >= earliest; were it not, the checker's anchor is still `earliest`.
      const latest = Math.max(earliest, model.days.of(s.firstStart.latest));
      const until = model.days.of(s.until);
      const classes = compatible(s.requiredTags);
      const occurrences: SeriesOccurrence[] = [];
      for (const shape of occurrenceShapes(s, earliest, until)) {
        demands++;
        const flex = shape.occurrence === 0 ? 0 : s.flexDays;
        const first = Math.max(earliest + shape.offset - flex, 1 - shape.nights);
        const last = Math.min(latest + shape.offset + flex, H - 1);
        if (classes.length === 0 || first > last || shape.nights <= 0) dropped++;
        else
          occurrences.push({
            occurrence: shape.occurrence,
            offset: shape.offset,
            nights: shape.nights,
            flex,
          });
      }
      if (occurrences.length > 0) seriesDemands.push({ classes, earliest, latest, until, occurrences });
    }
  }

  const used = new Set<number>();
  for (const group of groupIndex.values()) for (const g of group.classes) used.add(g);
  for (const series of seriesDemands) for (const g of series.classes) used.add(g);
  const renumber = new Map<number, number>();
  const classes: BedClass[] = [];
  for (let g = 0; g < classTags.length; g++) {
    const beds = classBeds[g]!;
    const capacity = new Int32Array(H);
    for (const bed of beds) {
      const blocked = model.blocked[bed]!;
      const fixed = held[bed]!;
      for (let t = 0; t < H; t++) {
        if (blocked[t - spanStart] === 1) continue;
        if (fixed[t] === 1) fixedNights++;
        else capacity[t]!++;
      }
    }
    if (!used.has(g)) continue;
    renumber.set(g, classes.length);
    classes.push({ tags: classTags[g]!, beds: beds.length, capacity });
  }
  const groups = [...groupIndex.values()].map((group) => ({
    ...group,
    classes: group.classes.map((g) => renumber.get(g)!),
  }));
  const series = seriesDemands.map((d) => ({ ...d, classes: d.classes.map((g) => renumber.get(g)!) }));
  return {
    model,
    horizonNights: H,
    classes,
    allClasses: classTags.length,
    fixedNights,
    groups,
    series,
    demands,
    droppedDemands: dropped,
  };
}

/**
 * The bound that needs no LP: on each night, plan stays fill at most the free beds of usable classes and
 * at most one bed per demand that could be there (Σ_t min(capacity_t, demand_t)). Valid, usually weak.
 */
export function trivialBound(data: BoundData): number {
  const H = data.horizonNights;
  const capacity = new Float64Array(H);
  for (const c of data.classes) for (let t = 0; t < H; t++) capacity[t]! += c.capacity[t]!;
  // demand[t] via a difference array over the nights any start of a group can cover.
  const diff = new Float64Array(H + 1);
  for (const g of data.groups) {
    const from = Math.max(0, g.first);
    const to = Math.min(H, g.last + g.nights);
    if (to <= from) continue;
    diff[from]! += g.count;
    diff[to]! -= g.count;
  }
  for (const s of data.series) {
    for (const o of s.occurrences) {
      const from = Math.max(0, s.earliest + o.offset - o.flex);
      const to = Math.min(H, s.latest + o.offset + o.flex + o.nights);
      if (to <= from) continue;
      diff[from]! += 1;
      diff[to]! -= 1;
    }
  }
  let total = 0;
  let demand = 0;
  for (let t = 0; t < H; t++) {
    demand += diff[t]!;
    total += Math.min(capacity[t]!, demand);
  }
  return total;
}

/**
 * The data split into independent parts: classes linked by a demand that can use both end up in one part,
 * with the groups that use them. No row or column of the LP spans two parts, so each part is solved on
 * its own (smaller LPs are much faster for the simplex) and, the plan's nights in a part being a whole
 * number, each part's LP value is floored on its own. fixedNights stays with the whole instance.
 */
export function components(data: BoundData): BoundData[] {
  const parent = data.classes.map((_, g) => g);
  const find = (g: number): number => {
    while (parent[g] !== g) {
      parent[g] = parent[parent[g]!]!;
      g = parent[g]!;
    }
    return g;
  };
  for (const { classes } of [...data.groups, ...data.series]) {
    const root = find(classes[0]!);
    for (const g of classes) parent[find(g)] = root;
  }
  const parts = new Map<number, { classes: number[]; groups: DemandGroup[]; series: SeriesDemand[] }>();
  data.classes.forEach((_, g) => {
    const root = find(g);
    const part = parts.get(root) ?? { classes: [], groups: [], series: [] };
    part.classes.push(g);
    parts.set(root, part);
  });
  for (const group of data.groups) parts.get(find(group.classes[0]!))!.groups.push(group);
  for (const series of data.series) parts.get(find(series.classes[0]!))!.series.push(series);
  return [...parts.values()].map((part) => {
    const local = new Map(part.classes.map((g, i) => [g, i]));
    return {
      ...data,
      classes: part.classes.map((g) => data.classes[g]!),
      fixedNights: 0,
      groups: part.groups.map((group) => ({ ...group, classes: group.classes.map((g) => local.get(g)!) })),
      series: part.series.map((series) => ({ ...series, classes: series.classes.map((g) => local.get(g)!) })),
    };
  });
}
