import { requestItem } from './items.ts';
import { placeEarliest } from './fit.ts';
import { placeSeries } from './series.ts';
import type { Series } from '../formats.ts';
import { daysBetween } from '../dates.ts';
import type { State } from './state.ts';
import { sweep } from './sweep.ts';

/**
 * The first plan: pinned requests, then every rotation series on its own bed where it can be, then hospital
 * discharges at their earliest start (as a planner would), then the rest by the sweep over time.
 */
export function construct(state: State): void {
  const { instance } = state.model;
  for (const request of instance.requests)
    state.addItem(requestItem(state.model, request, state.items.length));
  const requests = state.items.map((item) => item.index);
  const urgency = (a: number, b: number) => {
    const x = state.items[a];
    const y = state.items[b];
    if (!x || !y) return 0;
    return x.priority - y.priority || x.earliest - y.earliest || a - b;
  };
  for (const i of requests.filter((i) => state.items[i]?.pinned).sort(urgency)) placeEarliest(state, i);
  for (const series of [...instance.series].sort(leastFlexibleFirst)) placeSeries(state, series);
  const hospital = requests.filter((i) => !state.items[i]?.pinned && state.items[i]?.source === 'hospital');
  for (const i of hospital.sort(urgency)) placeEarliest(state, i);
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
