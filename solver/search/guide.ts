import { boundData, buildBoundLp, components, type BoundData, type DemandGroup } from '../bound/index.ts';
import type { Item } from './items.ts';
import type { LpEngine } from '../lp/types.ts';
import type { State } from './state.ts';

type GuideGroup = DemandGroup & { item: number };

/** What a day of waiting costs in the aggregate model, in bed-nights: a hospital day outweighs a stay's night. */
export const HOSPITAL_WAIT = 2;
export const HOME_WAIT = 0.02;

/**
 * The classes an item fits and its starts with a night inside the horizon, or null when it has no such
 * start or class.
 */
export function guideShape(
  data: BoundData,
  item: Item,
): { classes: number[]; first: number; last: number } | null {
  const classes = data.classes.flatMap((c, g) =>
    item.requiredTags.every((t) => c.tags.includes(t)) ? [g] : [],
  );
  const first = Math.max(item.earliest, 1 - item.nights);
  const last = Math.min(item.latest, data.horizonNights - 1);
  return classes.length > 0 && first <= last ? { classes, first, last } : null;
}

export interface Guide {
  /** Item index → the start the aggregated LP gives it, for the items it takes. */
  starts: Map<number, number>;
  /** Item index → the tags of the bed class the model put it in (where it chose or had one). */
  classOf: Map<number, string[]>;
  seconds: number;
}

/**
 * Start days from the aggregate model: the LP relaxation of the bound (beds aggregated by class, daily
 * capacity net of fixed stays and closures) with one column per item and start. Each item the LP takes
 * (at least half) gets the start it weighs most; the assignment to concrete beds comes after.
 */
export async function guideStarts(
  state: State,
  items: readonly number[],
  engine: LpEngine,
  timeLimitSeconds: number,
): Promise<Guide> {
  const started = performance.now();
  const data = boundData(state.model.instance);
  const groups: GuideGroup[] = [];
  for (const i of items) {
    const item = state.items[i];
    const shape = item && guideShape(data, item);
    if (shape) groups.push({ ...shape, nights: item.nights, count: 1, item: i });
  }
  const starts = new Map<number, number>();
  const classOf = new Map<number, string[]>();
  for (const part of components({ ...data, groups, series: [] })) {
    if (part.groups.length === 0) continue;
    const { problem } = buildBoundLp(part, 'night');
    // A group's columns: a run of starts in its one class, or one run for its type of classes (-1).
    const placementsOf = (g: GuideGroup) => (g.classes.length === 1 ? g.classes : [-1]);
    let at = 0;
    for (const group of part.groups as GuideGroup[]) {
      const item = state.items[group.item];
      const perDay = item?.source === 'hospital' ? HOSPITAL_WAIT : HOME_WAIT;
      for (const _ of placementsOf(group))
        for (let s = group.first; s <= group.last; s++, at++) {
          problem.colCost[at] = (problem.colCost[at] as number) - perDay * (s - (item?.waitFrom ?? s));
        }
    }
    const solution = await engine.solve(problem, { timeLimitSeconds });
    if (solution.values.length === 0) continue;
    let column = 0;
    for (const group of part.groups as GuideGroup[]) {
      let taken = 0;
      let bestStart = group.first;
      let bestClass = -1;
      let bestValue = -1;
      for (const g of placementsOf(group))
        for (let s = group.first; s <= group.last; s++, column++) {
          const value = solution.values[column] ?? 0;
          taken += value;
          if (value > bestValue) {
            bestValue = value;
            bestStart = s;
            bestClass = g;
          }
        }
      if (taken >= 0.5) {
        starts.set(group.item, bestStart);
        if (bestClass >= 0) classOf.set(group.item, (part.classes[bestClass] as { tags: string[] }).tags);
      }
    }
  }
  return { starts, classOf, seconds: (performance.now() - started) / 1000 };
}
