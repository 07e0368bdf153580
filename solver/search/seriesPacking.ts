/**
 * Chooses an anchor and a bed for rotation series together, as set-packing MILPs, where placing them one
 * at a time leaves the beds' home weeks in gaps no other series fits: three 3-in-6-out users share a bed
 * only when their anchors are 21 days apart, and the greedy order rarely finds that.
 *
 * A candidate is one series on one bed with one anchor, every occurrence on its pattern date (the search
 * may shift it within flexDays later); occurrences the bed cannot hold then are left out of it. Its cost is
 * the objective's for those placements. One MILP over every bed is too big for HiGHS at Bergen scale, so
 * the beds go in chunks of neighbours (a ward, mostly), each packed with the series no earlier chunk took.
 * Rows: a series takes at most one candidate, and the packing rows of packing.ts (bed-night, person-night,
 * staffing, room sex). Pinned series are left to the greedy.
 */
import type { Series } from '../formats.ts';
import { bedsWithTags } from '../model/compile.ts';
import { occurrenceShapes } from '../model/series.ts';
import { LpBuilder, type LpEngine } from '../lp/types.ts';
import { occurrenceItem } from './items.ts';
import { PackingRows } from './packing.ts';
import type { State } from './state.ts';

/** Where a series goes: its anchor (day of occurrence 0) and its bed. */
export interface SeriesChoice {
  anchor: number;
  bed: number;
}

interface Candidate extends SeriesChoice {
  series: Series;
  cost: number;
  stays: { start: number; nights: number }[];
}

/** A chunk of beds gets at most about this many candidates: HiGHS packs that many in about a second. */
const CHUNK_CANDIDATES = 2_500;

/**
 * A node limit per chunk keeps the packing deterministic; `seconds` is a clock for all chunks together,
 * a safety net (the chunks stop when it runs out, keeping what they have).
 */
export interface PackingLimits {
  seconds?: number;
  nodeLimit?: number;
}

/**
 * The packing's choice per series; a series left out (pinned, or in no chunk's optimum) goes to the
 * greedy. Stops early, keeping what it has, when the seconds run out.
 */
export async function packSeries(
  state: State,
  engine: LpEngine,
  limits: PackingLimits,
): Promise<Map<string, SeriesChoice>> {
  const deadline = limits.seconds === undefined ? Infinity : performance.now() + limits.seconds * 1000;
  const byBed = new Map<number, Candidate[]>();
  for (const series of state.model.instance.series) {
    if (series.pins.length > 0) continue;
    for (const candidate of candidates(state, series)) {
      const list = byBed.get(candidate.bed) ?? [];
      list.push(candidate);
      byBed.set(candidate.bed, list);
    }
  }
  const chunks = chunkBeds(byBed);
  const choices = new Map<string, SeriesChoice>();
  for (let k = 0; k < chunks.length; k++) {
    const left = (deadline - performance.now()) / 1000;
    if (left <= 0) break;
    const chunkLimits = {
      ...(limits.nodeLimit === undefined ? {} : { nodeLimit: limits.nodeLimit }),
      ...(Number.isFinite(left) ? { timeLimitSeconds: left } : {}),
    };
    const open = chunks[k]!.flatMap((bed) => byBed.get(bed) ?? []).filter((c) => !choices.has(c.series.id));
    const chosen = await packChunk(state, engine, open, chunkLimits);
    for (const c of chosen) choices.set(c.series.id, { anchor: c.anchor, bed: c.bed });
  }
  return choices;
}

/** Beds in order, cut into chunks of about CHUNK_CANDIDATES candidates. */
function chunkBeds(byBed: Map<number, Candidate[]>): number[][] {
  const chunks: number[][] = [];
  let current: number[] = [];
  let size = 0;
  for (const bed of [...byBed.keys()].sort((a, b) => a - b)) {
    const count = byBed.get(bed)?.length ?? 0;
    if (current.length > 0 && size + count > CHUNK_CANDIDATES) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(bed);
    size += count;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** The series' candidates: each bed and anchor on which it holds at least one occurrence. */
function candidates(state: State, series: Series): Candidate[] {
  const { model } = state;
  const until = model.days.of(series.until);
  const beds = bedsWithTags(model, series.requiredTags);
  const found: Candidate[] = [];
  const last = model.days.of(series.firstStart.latest);
  for (let anchor = model.days.of(series.firstStart.earliest); anchor <= last; anchor++) {
    const shapes = occurrenceShapes(series, anchor, until);
    const first = state.items.length;
    shapes.forEach((shape, k) => state.addItem(occurrenceItem(model, series, shape, anchor, first + k)));
    for (const bed of beds) {
      let cost = 0;
      const stays: Candidate['stays'] = [];
      shapes.forEach((shape, k) => {
        const start = anchor + shape.offset;
        if (state.obstacle(first + k, bed, start) !== null) return;
        cost += state.placementCost(first + k, bed, start);
        stays.push({ start, nights: shape.nights });
      });
      if (stays.length > 0) found.push({ series, anchor, bed, cost, stays });
    }
    state.dropItemsFrom(first);
  }
  return found;
}

/** The candidates an optimal packing of one chunk takes (the best found when time runs out). */
async function packChunk(
  state: State,
  engine: LpEngine,
  open: Candidate[],
  limits: { timeLimitSeconds?: number; nodeLimit?: number },
): Promise<Candidate[]> {
  if (open.length === 0) return [];
  const lp = new LpBuilder('min');
  const packing = new PackingRows(state);
  const ofSeries = new Map<string, number[]>();
  // A series' own candidates exclude each other already; person rows are needed only between series.
  const seriesOf = new Map<string, Set<string>>();
  for (const { series } of open)
    seriesOf.set(series.personId, (seriesOf.get(series.personId) ?? new Set()).add(series.id));
  const columns = open.map((candidate) => {
    const col = lp.addColumn({ cost: candidate.cost, upper: 1, integer: true });
    for (const { start, nights } of candidate.stays)
      packing.add(
        col,
        candidate.series.personId,
        candidate.bed,
        start,
        start + nights,
        (seriesOf.get(candidate.series.personId)?.size ?? 0) > 1,
      );
    ofSeries.set(candidate.series.id, [...(ofSeries.get(candidate.series.id) ?? []), col]);
    return col;
  });
  for (const cols of ofSeries.values())
    if (cols.length > 1)
      lp.addRow(
        -Infinity,
        1,
        cols,
        cols.map(() => 1),
      );
  const byCost = columns.slice().sort((a, b) => open[a]!.cost - open[b]!.cost || a - b);
  const warm = columns.map(() => 0);
  const sameSeries = (col: number, taken: ReadonlySet<number>) =>
    [...taken].some((t) => open[t]!.series.id === open[col]!.series.id);
  for (const col of packing.greedy(byCost, sameSeries)) warm[col] = 1;
  packing.addRows(lp, warm);
  const problem = lp.build();
  const solution = await engine.solve(problem, {
    ...limits,
    mipRelGap: 1e-4,
    initialSolution: Float64Array.from({ length: problem.numCols }, (_, j) => warm[j] ?? 0),
  });
  return open.filter((_, k) => (solution.values[columns[k]!] ?? 0) > 0.5);
}
