import { LpBuilder, type LpEngine, type LpStatus } from '../lp/types.ts';
import type { Item } from './items.ts';
import type { Journal } from './journal.ts';
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
 * Rows: each item at most once (a placed hospital discharge exactly once, never later than it was); each bed-night (with turnover) at most one stay; each room-night one sex;
 * each capped ward-night within its staffing; a person in one stay a night. Series occurrences stay put.
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

  const { lp, warm } = buildWindowMilp(state, window, columns, oldStart);
  const solution = await engine.solve(lp.build(), {
    ...(limits.timeLimitSeconds === undefined ? {} : { timeLimitSeconds: limits.timeLimitSeconds }),
    initialSolution: warm(),
    mipRelGap: 0,
    nodeLimit: limits.nodeLimit,
  });
    console.error(
      'window',
      solution.status,
      solution.objective,
      solution.bestBound,
      scoreBefore - state.score,
    );
  const chosen = solution.values;
  if (chosen.length === 0 || !(solution.objective < scoreBefore - state.score - 1e-6)) {
    journal.undo();
    return { status: solution.status, freed: freed.length, columns: columns.length, gain: 0 };
  }
  for (let c = 0; c < columns.length; c++) {
    if ((chosen[c] as number) < 0.5) continue;
    const { item, bed, start } = columns[c] as Column;
    if (state.obstacle(item, bed, start) !== null) {
      journal.undo();
      throw new Error(`window MILP chose a placement the plan refuses: ${state.items[item]?.label}`);
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

/** Rows that hold more than one column: the others cannot be broken. */
function addPackingRows(lp: LpBuilder, groups: Map<string, number[]>, upper: (key: string) => number): void {
  for (const [key, cols] of groups) {
    const limit = upper(key);
    if (cols.length > limit)
      lp.addRow(
        -Infinity,
        limit,
        cols,
        cols.map(() => 1),
      );
  }
}

function push(groups: Map<string, number[]>, key: string, col: number): void {
  const list = groups.get(key);
  if (list) list.push(col);
  else groups.set(key, [col]);
}

function buildWindowMilp(
  state: State,
  window: Window,
  columns: Column[],
  old: Map<number, { bed: number; start: number }>,
): { lp: LpBuilder; warm: () => Float64Array } {
  const { model } = state;
  const turnover = model.instance.turnoverDays;
  const lp = new LpBuilder('min');
  const perItem = new Map<string, number[]>();
  const perBedNight = new Map<string, number[]>();
  const perPersonNight = new Map<string, number[]>();
  const perWardNight = new Map<string, number[]>();
  const perRoomNight = new Map<string, Map<string, number[]>>();
  const warmValues: number[] = [];
  for (const { item: i, bed, start } of columns) {
    const item = state.items[i] as Item;
    const col = lp.addColumn({ cost: state.placementCost(i, bed, start), upper: 1, integer: true });
    const was = old.get(i);
    warmValues[col] = was !== undefined && was.bed === bed && was.start === start ? 1 : 0;
    push(perItem, String(i), col);
    const end = start + item.nights;
    for (let t = start; t < end + turnover; t++) push(perBedNight, `${bed}:${t}`, col);
    const ward = model.cappedWardOf[bed] as number;
    const room = state.bedInfo(bed).room;
    const sex = model.people.get(item.personId)?.sex ?? '';
    for (let t = start; t < end; t++) {
      push(perPersonNight, `${item.personId}:${t}`, col);
      if (ward >= 0) push(perWardNight, `${ward}:${t}`, col);
      if ((model.rooms[room] as number[]).length > 1) {
        const key = `${room}:${t}`;
        const bySex = perRoomNight.get(key) ?? new Map<string, number[]>();
        push(bySex, sex, col);
        perRoomNight.set(key, bySex);
      }
    }
  }
  // Each item at most once; a hospital discharge the window freed exactly once (never pushed out).
  for (const [key, cols] of perItem) {
    const i = Number(key);
    const keep = old.has(i) && state.items[i]?.source === 'hospital';
    if (keep || cols.length > 1)
      lp.addRow(
        keep ? 1 : -Infinity,
        1,
        cols,
        cols.map(() => 1),
      );
  }
  addPackingRows(lp, perBedNight, () => 1);
  addPackingRows(lp, perPersonNight, () => 1);
  addPackingRows(lp, perWardNight, (key) => {
    const [ward, night] = key.split(':').map(Number) as [number, number];
    return state.occupancy.wardRoomAt(ward, night);
  });
  // One sex per room-night where stays of both could meet: a switch per sex, at most one on, and the
  // columns of a sex only with its switch (at most the room's bed count of them).
  for (const [key, bySex] of perRoomNight) {
    if (bySex.size < 2) continue;
    const size = (model.rooms[Number(key.split(':')[0])] as number[]).length;
    const switches: number[] = [];
    for (const cols of bySex.values()) {
      const z = lp.addColumn({ upper: 1, integer: true });
      warmValues[z] = cols.some((c) => warmValues[c] === 1) ? 1 : 0;
      switches.push(z);
      lp.addRow(-Infinity, 0, [...cols, z], [...cols.map(() => 1), -size]);
    }
    lp.addRow(
      -Infinity,
      1,
      switches,
      switches.map(() => 1),
    );
  }
  return { lp, warm: () => Float64Array.from(warmValues, (v) => v ?? 0) };
}
