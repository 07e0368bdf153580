import { LpBuilder, type LpEngine, type LpStatus } from '../lp/types.ts';
import type { Item } from './items.ts';
import type { Journal } from './journal.ts';
import { PackingRows } from './packing.ts';
import type { State } from './state.ts';

/** A neighbourhood: some beds over the nights [from, to). */
export interface Window {
  beds: readonly number[];
  from: number;
  to: number;
}

export interface WindowLimits {
  /** A clock limit for a plan search against time; left out, the node limit alone keeps it deterministic. */
  timeLimitSeconds?: number;
  /** Branch-and-bound nodes HiGHS may explore: with it, the same window gives the same answer anywhere. */
  nodeLimit: number;
  /** Above this many placement columns the window is skipped (a slow MILP pays less than many fast ones). */
  maxColumns: number;
}

export interface WindowOutcome {
  status: LpStatus | 'skipped';
  /** Stays taken out of the window and placed again by the MILP. */
  freed: number;
  columns: number;
  /** How much the score fell (0 when the plan was kept). */
  gain: number;
}

interface Column {
  item: number;
  bed: number;
  start: number;
}

/**
 * Re-places every movable stay inside a window exactly: the stays that lie wholly in it and waiting
 * requests that could fit in it get a binary column per (bed, start) the rest of the plan allows, and a
 * MILP picks the placements that lower the score most, warm-started with the stays where they were.
 * Rows: each item at most once (a placed hospital discharge exactly once, never later than it was); each
 * bed-night (with turnover) at most one stay; each room-night one sex; each capped ward-night within its
 * staffing; a person in one stay a night. Series occurrences stay put.
 * The plan changes only when the score falls; the journal records it, the caller commits.
 */
export async function solveWindow(
  state: State,
  journal: Journal,
  engine: LpEngine,
  window: Window,
  waiting: readonly number[],
  limits: WindowLimits,
): Promise<WindowOutcome> {
  // A window reaching the horizon's end takes stays that run past it (their nights after it are not counted).
  const from = window.from;
  const to = window.to >= state.model.horizonNights ? state.model.spanEnd : window.to;
  window = { beds: window.beds, from, to };
  const bedSet = new Set(window.beds);
  const freed = staysInside(state, window);
  const oldStart = new Map<number, { bed: number; start: number }>();
  for (const i of freed)
    oldStart.set(i, { bed: state.bedOf[i] as number, start: state.startOf[i] as number });
  for (const i of freed) journal.unplace(i);
  const scoreBefore = state.score + freed.reduce((sum, i) => sum + placementOf(state, i, oldStart), 0);

  const items = [
    ...freed,
    ...waiting.filter((i) => fitsWindow(state.items[i] as Item, state, bedSet, window)),
  ];
  const columns: Column[] = [];
  for (const i of items) {
    const item = state.items[i] as Item;
    const was = oldStart.get(i);
    const last = Math.min(
      item.latest,
      to - item.nights,
      item.source === 'hospital' && was ? was.start : Infinity,
    );
    for (const bed of item.beds) {
      if (!bedSet.has(bed)) continue;
      for (let start = Math.max(item.earliest, from); start <= last; start++)
        if (state.obstacle(i, bed, start) === null) columns.push({ item: i, bed, start });
    }
    if (columns.length > limits.maxColumns) break;
  }
  if (columns.length > limits.maxColumns || freed.length + columns.length === 0) {
    journal.undo();
    return { status: 'skipped', freed: freed.length, columns: columns.length, gain: 0 };
  }

  const { lp, warm } = buildWindowMilp(state, columns, oldStart);
  const solution = await engine.solve(lp.build(), {
    ...(limits.timeLimitSeconds === undefined ? {} : { timeLimitSeconds: limits.timeLimitSeconds }),
    initialSolution: warm(),
    mipRelGap: 0,
    nodeLimit: limits.nodeLimit,
  });
  const chosen = solution.values;
  if (chosen.length === 0 || !(solution.objective < scoreBefore - state.score - 1e-6)) {
    journal.undo();
    return { status: solution.status, freed: freed.length, columns: columns.length, gain: 0 };
  }
  for (let c = 0; c < columns.length; c++) {
    if ((chosen[c] as number) < 0.5) continue;
    const { item, bed, start } = columns[c] as Column;
    // The rows are the hard rules, so this cannot happen; if it did, the plan stays as it was.
    if (state.obstacle(item, bed, start) !== null) {
      journal.undo();
      return { status: 'error', freed: freed.length, columns: columns.length, gain: 0 };
    }
    journal.place(item, bed, start);
  }
  const gain = scoreBefore - state.score;
  if (gain <= 0) {
    journal.undo();
    return { status: solution.status, freed: freed.length, columns: columns.length, gain: 0 };
  }
  return { status: solution.status, freed: freed.length, columns: columns.length, gain };
}

function placementOf(state: State, i: number, old: Map<number, { bed: number; start: number }>): number {
  const where = old.get(i) as { bed: number; start: number };
  return state.placementCost(i, where.bed, where.start);
}

/** Placed stays wholly inside the window on its beds, series occurrences left out. */
function staysInside(state: State, window: Window): number[] {
  const found = new Set<number>();
  for (const bed of window.beds)
    for (const i of state.itemsOn(bed, window.from, window.to)) {
      if (i < 0) continue;
      const item = state.items[i] as Item;
      const start = state.startOf[i] as number;
      if (item.seriesId === undefined && start >= window.from && start + item.nights <= window.to)
        found.add(i);
    }
  return [...found];
}

function fitsWindow(item: Item, state: State, bedSet: Set<number>, window: Window): boolean {
  return (
    item.seriesId === undefined &&
    !state.isPlaced(item.index) &&
    item.nights <= window.to - window.from &&
    Math.max(item.earliest, window.from) <= Math.min(item.latest, window.to - item.nights) &&
    item.beds.some((b) => bedSet.has(b))
  );
}

function buildWindowMilp(
  state: State,
  columns: Column[],
  old: Map<number, { bed: number; start: number }>,
): { lp: LpBuilder; warm: () => Float64Array } {
  const lp = new LpBuilder('min');
  const packing = new PackingRows(state);
  const perItem = new Map<number, number[]>();
  const warmValues: number[] = [];
  for (const { item: i, bed, start } of columns) {
    const item = state.items[i] as Item;
    const col = lp.addColumn({ cost: state.placementCost(i, bed, start), upper: 1, integer: true });
    const was = old.get(i);
    warmValues[col] = was !== undefined && was.bed === bed && was.start === start ? 1 : 0;
    perItem.set(i, [...(perItem.get(i) ?? []), col]);
    packing.add(col, item.personId, bed, start, start + item.nights);
  }
  // Each item at most once; a hospital discharge the window freed exactly once (never pushed out).
  for (const [i, cols] of perItem) {
    const keep = old.has(i) && state.items[i]?.source === 'hospital';
    if (keep || cols.length > 1)
      lp.addRow(
        keep ? 1 : -Infinity,
        1,
        cols,
        cols.map(() => 1),
      );
  }
  packing.addRows(lp, warmValues);
  return { lp, warm: () => Float64Array.from(warmValues, (v) => v ?? 0) };
}
