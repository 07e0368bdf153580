import type { Plan, Stay, Unplaced } from '../formats.ts';
import { kindLookup, unplacedReason, unplacedWhy, type KindOf } from '../model/reasons.ts';
import { occurrenceShapes } from '../model/series.ts';
import { staffingAround } from '../model/staffing.ts';
import type { Item } from './items.ts';
import { readersAnchor } from './readersAnchor.ts';
import type { State } from './state.ts';

function reasonFor(state: State, item: Item, kindOf: KindOf) {
  const { days } = state.model;
  return unplacedWhy({
    kind: kindOf(item),
    requiredTags: item.requiredTags,
    nights: item.nights,
    firstStart: days.date(item.earliest),
    lastStart: days.date(item.latest),
    compatibleBeds: item.beds.length,
    pinnedBed: item.pinnedBed,
    pinnedStart: item.pinnedStart,
    occurrence: item.occurrence,
    staffing: staffingAround(state.model, item.beds, item.earliest, item.latest + item.nights),
  });
}

function stayOf(state: State, item: Item): Stay {
  const { days } = state.model;
  const start = state.startOf[item.index] as number;
  const span = {
    bedId: state.bedInfo(state.bedOf[item.index] as number).id,
    start: days.date(start),
    end: days.date(start + item.nights),
  };
  return item.seriesId !== undefined
    ? { seriesId: item.seriesId, occurrence: item.occurrence as number, ...span }
    : { requestId: item.requestId as string, ...span };
}

const placedOccurrence = (state: State) => (item: Item) => ({
  occurrence: item.occurrence as number,
  start: state.startOf[item.index] as number,
});

export function toPlan(state: State, metrics: Record<string, unknown>): Plan {
  const kindOf = kindLookup(state.model.instance);
  const stays: Stay[] = [];
  const unplaced: Unplaced[] = [];
  for (const item of state.items) {
    if (item.requestId === undefined) continue;
    if (state.isPlaced(item.index)) stays.push(stayOf(state, item));
    else unplaced.push({ requestId: item.requestId, ...unplacedReason(reasonFor(state, item, kindOf)) });
  }
  for (const series of state.model.instance.series) {
    const group = state.seriesGroup(series.id).map((i) => state.items[i] as Item);
    const placed = group.filter((item) => state.isPlaced(item.index));
    placed.forEach((item) => stays.push(stayOf(state, item)));
    const anchor = readersAnchor(state.model, series, placed.map(placedOccurrence(state)));
    for (const shape of occurrenceShapes(series, anchor, state.model.days.of(series.until))) {
      if (placed.some((item) => item.occurrence === shape.occurrence)) continue;
      const item = group.find((g) => g.occurrence === shape.occurrence);
      unplaced.push({
        seriesId: series.id,
        occurrence: shape.occurrence,
        ...unplacedReason(item ? reasonFor(state, item, kindOf) : { code: 'laterFirstStart' }),
      });
    }
  }
  return { version: 1, stays, unplaced, metrics };
}
