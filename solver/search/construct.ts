import { requestItem } from './items.ts';
import { closestBed, placeEarliest } from './fit.ts';
import { placeSeries } from './series.ts';
import type { Series } from '../formats.ts';
import type { SeriesChoice } from './seriesPacking.ts';
import { daysBetween } from '../dates.ts';
import type { State } from './state.ts';
import { sweep } from './sweep.ts';

/** Adds an item for every request; returns their indices. */
export function addRequests(state: State): number[] {
  for (const request of state.model.instance.requests) {
    state.addItem(requestItem(state.model, request, state.items.length));
  }
  return state.items.map((item) => item.index);
}

/**
 * The first plan: pinned requests, then every rotation series on its own bed where it can be, then the
 * requests the aggregate model gave a start (`guide`), in order of start on the bed that fits closest (or,
 * without a guide, hospital discharges at their earliest start, as a planner would), then the rest by the
 * sweep over time.
 */
export function construct(
  state: State,
  requests: number[],
  guide: Map<number, number> = new Map(),
  classOf: Map<number, string[]> = new Map(),
  seriesChoices: Map<string, SeriesChoice> = new Map(),
): void {
  const { instance } = state.model;
  const urgency = (a: number, b: number) => {
    const x = state.items[a];
    const y = state.items[b];
    if (!x || !y) return 0;
    return x.priority - y.priority || x.earliest - y.earliest || a - b;
  };
  for (const i of requests.filter((i) => state.items[i]?.pinned).sort(urgency)) placeEarliest(state, i);
  // Series the packing MILP placed go before the rest, which fill in around them.
  const series = [...instance.series].sort(leastFlexibleFirst);
  const chosenLast = (s: Series) => (s.pins.length === 0 && !seriesChoices.has(s.id) ? 1 : 0);
  series.sort((a, b) => chosenLast(a) - chosenLast(b));
  for (const s of series) placeSeries(state, s, seriesChoices.get(s.id));
  const hospital = requests.filter((i) => !state.items[i]?.pinned && state.items[i]?.source === 'hospital');
  // With start days from the aggregate model, hospital discharges take theirs (it weighs their waiting).
  if (guide.size === 0) for (const i of hospital.sort(urgency)) placeEarliest(state, i);
  const guided = requests
    .filter((i) => !state.isPlaced(i) && !state.items[i]?.pinned && guide.has(i))
    .sort(
      (a, b) =>
        (guide.get(a) as number) - (guide.get(b) as number) ||
        (state.items[b]?.nights ?? 0) - (state.items[a]?.nights ?? 0),
    );
  for (const i of guided) {
    const start = guide.get(i) as number;
    const tags = classOf.get(i);
    const inClass =
      tags === undefined
        ? undefined
        : state.items[i]?.beds.filter((b) => sameTags(state.bedInfo(b).tags, tags));
    const bed = closestBed(state, i, start, inClass) ?? closestBed(state, i, start);
    if (bed !== null) state.place(i, bed, start);
  }
  sweep(
    state,
    requests.filter((i) => !state.isPlaced(i) && !state.items[i]?.pinned),
  );
}

/** Pinned series and those with the narrowest first-start window choose their bed first. */
function leastFlexibleFirst(a: Series, b: Series): number {
  const width = (s: Series) =>
    s.pins.length > 0 ? -1 : daysBetween(s.firstStart.earliest, s.firstStart.latest);
  return (
    width(a) - width(b) ||
    a.firstStart.earliest.localeCompare(b.firstStart.earliest) ||
    a.id.localeCompare(b.id)
  );
}

function sameTags(bedTags: ReadonlySet<string>, tags: readonly string[]): boolean {
  return bedTags.size === tags.length && tags.every((t) => bedTags.has(t));
}
