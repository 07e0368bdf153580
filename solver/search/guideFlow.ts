/**
 * The guide's 'stay' relaxation (see guide.ts and bound/model.ts) in arrival/departure form: per class g
 * and night t an occupancy o[g][t] in [0, capacity[g][t]] with o[g][t] = o[g][t-1] + arrivals at t -
 * departures at t. The occupancy equals the stays covering the night, so the LP is the cover form's, with
 * at most two entries per stay instead of one per night. Items with the same classes, window, nights and
 * waiting cost share start columns (upper bound = their number). Stays with more than one class are pooled
 * per (classes, nights, start) and the pool is split over the classes by its own columns, which keeps one
 * class per stay (any split of a pool's mass over its items is a cover-form solution) with a column per
 * start rather than per class and start.
 */
import { boundData, components, nightsInside, type BoundData, type DemandGroup } from '../bound/index.ts';
import { LpBuilder, type LpEngine, type LpProblem } from '../lp/types.ts';
import { guideColumnCost, guideCosts, guideShape, type GuideCosts } from './guide.ts';
import type { State } from './state.ts';

export interface FlowGroup extends DemandGroup {
  /** The items that share this shape, most urgent first. */
  items: number[];
  /** What a stay of the group is worth and what it costs to wait (guide.ts). */
  costs: GuideCosts;
  waitFrom: number;
}

export type FlowPart = BoundData & { groups: FlowGroup[] };

export interface FlowLp {
  problem: LpProblem;
  /** The start columns (the problem's first ones, group by group): the group, start and class (-1: any). */
  starts: { group: FlowGroup; start: number; cls: number }[];
  /** Multi-class stays: per link key, the columns that split its arrivals over the classes. */
  splits: Map<string, { cls: number; col: number }[]>;
}

export interface GuideFlow {
  starts: Map<number, number>;
  classOf: Map<number, string[]>;
  seconds: number;
}

/** The items as merged groups, split into independent parts (bound/demands.ts, components). */
export function flowParts(state: State, items: readonly number[]): FlowPart[] {
  const data = boundData(state.model.instance);
  const groups = new Map<string, FlowGroup>();
  for (const i of items) {
    const item = state.items[i];
    const shape = item && guideShape(data, item);
    if (!item || !shape) continue;
    const { classes, first, last } = shape;
    const costs = guideCosts(state.weights, item);
    const key = `${classes.join(',')}|${first}|${last}|${item.nights}|${Object.values(costs).join(',')}|${item.waitFrom}`;
    const group = groups.get(key);
    if (group) {
      group.items.push(i);
      group.count++;
    } else
      groups.set(key, {
        classes,
        first,
        last,
        nights: item.nights,
        count: 1,
        items: [i],
        costs,
        waitFrom: item.waitFrom,
      });
  }
  for (const group of groups.values())
    group.items.sort((a, b) => state.items[a]!.priority - state.items[b]!.priority || a - b);
  return components({ ...data, groups: [...groups.values()], series: [] }) as FlowPart[];
}

/** A multi-class stay's arrivals are pooled per (classes, nights, start) and split over the classes there. */
const linkKey = (group: FlowGroup, start: number) => `${group.classes.join(',')}|${group.nights}|${start}`;

export function buildFlowLp(part: FlowPart): FlowLp {
  const H = part.horizonNights;
  const lp = new LpBuilder('max');
  const balance = (g: number, t: number) => g * H + t;
  for (let r = 0; r < part.classes.length * H; r++) lp.addRow(0, 0);
  const arrive = (g: number, s: number, nights: number, col: number) => {
    lp.addEntry(balance(g, Math.max(0, s)), col, -1);
    if (s + nights < H) lp.addEntry(balance(g, s + nights), col, 1);
  };
  const starts: FlowLp['starts'] = [];
  const links = new Map<string, number>();
  for (const group of part.groups) {
    const own: number[] = [];
    const single = group.classes.length === 1 ? group.classes[0]! : -1;
    for (let s = group.first; s <= group.last; s++) {
      const inside = nightsInside(s, group.nights, H);
      const cost = guideColumnCost(group.costs, group.nights, inside, s - group.waitFrom);
      const col = lp.addColumn({ cost, upper: group.count });
      if (single >= 0) arrive(single, s, group.nights, col);
      else {
        const key = linkKey(group, s);
        let link = links.get(key);
        if (link === undefined) {
          link = lp.addRow(0, 0);
          links.set(key, link);
        }
        lp.addEntry(link, col, 1);
      }
      starts.push({ group, start: s, cls: single });
      own.push(col);
    }
    if (own.length > 1)
      lp.addRow(
        -Infinity,
        group.count,
        own,
        own.map(() => 1),
      );
  }
  const splits: FlowLp['splits'] = new Map();
  for (const group of part.groups)
    for (let s = group.first; s <= group.last && group.classes.length > 1; s++) {
      const key = linkKey(group, s);
      if (splits.has(key)) continue;
      splits.set(
        key,
        group.classes.map((cls) => {
          const col = lp.addColumn();
          lp.addEntry(links.get(key)!, col, -1);
          arrive(cls, s, group.nights, col);
          return { cls, col };
        }),
      );
    }
  part.classes.forEach((c, g) => {
    for (let t = 0; t < H; t++) {
      const o = lp.addColumn({ upper: c.capacity[t]! });
      lp.addEntry(balance(g, t), o, 1);
      if (t + 1 < H) lp.addEntry(balance(g, t + 1), o, -1);
    }
  });
  return { problem: lp.build(), starts, splits };
}

type Slot = { start: number; cls: number; value: number };

/** `count` of the slots by their values: the floor of each, then the largest remainders, in slot order. */
function share<T extends { value: number }>(slots: T[], count: number): T[] {
  let left = count;
  const given: T[] = [];
  const rest: { slot: T; fraction: number }[] = [];
  for (const slot of slots) {
    const whole = Math.min(left, Math.floor(slot.value + 1e-6));
    for (let k = 0; k < whole; k++) given.push(slot);
    left -= whole;
    rest.push({ slot, fraction: slot.value - whole });
  }
  rest.sort((a, b) => b.fraction - a.fraction);
  for (let k = 0; left > 0 && rest.length > 0; k++, left--) given.push(rest[k % rest.length]!.slot);
  return given.sort((a, b) => slots.indexOf(a) - slots.indexOf(b));
}

/**
 * Start days and classes from the flow LP, part by part. `iterationLimit` stops each part's LP after that
 * many iterations on any machine; `timeLimitSeconds` (Infinity: none) is a clock for all parts together.
 */
export async function guideFlow(
  state: State,
  items: readonly number[],
  engine: LpEngine,
  timeLimitSeconds: number,
  iterationLimit?: number,
): Promise<GuideFlow> {
  const started = performance.now();
  const starts = new Map<number, number>();
  const classOf = new Map<number, string[]>();
  for (const part of flowParts(state, items)) {
    if (part.groups.length === 0) continue;
    const lp = buildFlowLp(part);
    const spent = (performance.now() - started) / 1000;
    const solution = await engine.solve(lp.problem, {
      ...(Number.isFinite(timeLimitSeconds)
        ? { timeLimitSeconds: Math.max(0.1, timeLimitSeconds - spent) }
        : {}),
      ...(iterationLimit === undefined ? {} : { iterationLimit }),
    });
    if (solution.values.length === 0) continue;
    const value = (col: number) => Math.max(0, solution.values[col] ?? 0);
    // Each group's items take the starts its total rounds to (at least half an item: one), earliest
    // start to the most urgent item.
    const slotsOf = new Map<FlowGroup, Slot[]>();
    lp.starts.forEach(({ group, start, cls }, col) => {
      const slots = slotsOf.get(group) ?? [];
      slots.push({ start, cls, value: value(col) });
      slotsOf.set(group, slots);
    });
    // Items of a multi-class pool get their classes by the pool's split, the same way.
    const pooled = new Map<string, number[]>();
    for (const [group, slots] of slotsOf) {
      const total = slots.reduce((sum, slot) => sum + slot.value, 0);
      share(slots, Math.min(group.count, Math.floor(total + 0.5))).forEach((slot, k) => {
        const item = group.items[k]!;
        starts.set(item, slot.start);
        if (slot.cls >= 0) classOf.set(item, part.classes[slot.cls]!.tags);
        else {
          const key = linkKey(group, slot.start);
          pooled.set(key, [...(pooled.get(key) ?? []), item]);
        }
      });
    }
    for (const [key, members] of pooled) {
      const split = lp.splits.get(key)!.map(({ cls, col }) => ({ cls, value: value(col) }));
      const total = split.reduce((sum, s) => sum + s.value, 0);
      const scaled = split.map((s) => ({
        cls: s.cls,
        value: total > 0 ? (s.value / total) * members.length : members.length / split.length,
      }));
      share(scaled, members.length).forEach((s, k) => classOf.set(members[k]!, part.classes[s.cls]!.tags));
    }
  }
  return { starts, classOf, seconds: (performance.now() - started) / 1000 };
}
