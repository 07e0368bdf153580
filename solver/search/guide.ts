import { boundData, buildBoundLp, components, type BoundData, type DemandGroup } from '../bound/index.ts';
import type { Item } from './items.ts';
import type { LpEngine } from '../lp/types.ts';
import { priorityFactor, type Weights } from '../objective/weights.ts';
import type { State } from './state.ts';

type GuideGroup = DemandGroup & { item: number };

/**
 * What a stay is worth in the aggregate model, in the objective's own weights (scaled so that an idle
 * bed-night and an unplaced night of the lowest priority together weigh 1): per night in the horizon it
 * fills a bed (`bedNight`), per night at all it is not unplaced (`stayNight`, by its priority), and per day
 * it waits from its earliest start it costs `perDay`. With waiting weighed at the objective's price, the
 * guide no longer leaves beds idle that the search would fill at the cost of a few waiting days.
 */
export interface GuideCosts {
  bedNight: number;
  stayNight: number;
  perDay: number;
}

const URGENCY_TIE = 1e-4;

export function guideCosts(weights: Weights, item: Item): GuideCosts {
  const scale = weights.idleBedNight + weights.unplacedNight || 1;
  const perDay = item.source === 'hospital' ? weights.hospitalWaitDay : weights.waitDay;
  return {
    bedNight: weights.idleBedNight / scale,
    stayNight: (weights.unplacedNight * priorityFactor(weights, item.priority)) / scale,
    // A hair more for the more valuable stay: of two that could take one start, the more urgent does.
    perDay: perDay / scale + URGENCY_TIE * priorityFactor(weights, item.priority),
  };
}

/** A column's objective: taking the item with this start. */
export function guideColumnCost(costs: GuideCosts, nights: number, inside: number, waited: number): number {
  return costs.bedNight * inside + costs.stayNight * nights - costs.perDay * waited;
}

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
      const item = state.items[group.item] as Item;
      const costs = guideCosts(state.weights, item);
      for (const _ of placementsOf(group))
        for (let s = group.first; s <= group.last; s++, at++) {
          // The bound's column objective is the stay's nights inside the horizon.
          const inside = problem.colCost[at] as number;
          problem.colCost[at] = guideColumnCost(costs, item.nights, inside, s - item.waitFrom);
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
