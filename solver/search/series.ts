import type { Series } from '../formats.ts';
import { bedsWithTags } from '../model/compile.ts';
import { occurrenceShapes } from '../model/series.ts';
import { idlePenalty, unplacedPenalty } from '../objective/constraints.ts';
import { bestBed, fitCost } from './fit.ts';
import { occurrenceItem } from './items.ts';
import type { SeriesChoice } from './seriesPacking.ts';
import type { State } from './state.ts';

/** How many occurrences one bed could hold for this anchor, and how tightly they would fit. */
function onOneBed(state: State, first: number, count: number, bed: number): { held: number; fit: number } {
  let held = 0;
  let fit = 0;
  for (let i = first; i < first + count; i++) {
    const item = state.items[i];
    if (!item || !item.beds.includes(bed)) continue;
    for (const start of startsByCloseness(state, i)) {
      if (state.obstacle(i, bed, start) === null) {
        held++;
        fit += fitCost(state, i, bed, start);
        break;
      }
    }
  }
  return { held, fit };
}

/**
 * Gives a series its anchor and places its occurrences: the anchor and bed that hold the most occurrences
 * on one bed, the tightest fit on ties (or the `chosen` ones), then each remaining occurrence on the best
 * other bed.
 */
export function placeSeries(state: State, series: Series, chosen?: SeriesChoice): void {
  const { model } = state;
  const pin0 = series.pins.find((p) => p.occurrence === 0)?.start;
  const from = pin0 ? model.days.of(pin0) : model.days.of(series.firstStart.earliest);
  const to = pin0 ? from : model.days.of(series.firstStart.latest);
  const until = model.days.of(series.until);
  const tagged = bedsWithTags(model, series.requiredTags);

  const anchors = chosen ? [] : anchorsAgreeingWithPins(state, series, from, to);
  let best: SeriesChoice = chosen ?? { anchor: anchors[0] ?? from, bed: -1 };
  let bestHeld = -1;
  let bestFit = Infinity;
  for (const anchor of anchors) {
    const shapes = occurrenceShapes(series, anchor, until);
    const first = state.items.length;
    shapes.forEach((shape, k) => state.addItem(occurrenceItem(model, series, shape, anchor, first + k)));
    for (const bed of tagged) {
      const { held, fit } = onOneBed(state, first, shapes.length, bed);
      if (held > bestHeld || (held === bestHeld && fit < bestFit)) {
        best = { anchor, bed };
        bestHeld = held;
        bestFit = fit;
      }
    }
    state.dropItemsFrom(first);
  }

  const shapes = occurrenceShapes(series, best.anchor, until);
  const first = state.items.length;
  shapes.forEach((shape, k) => state.addItem(occurrenceItem(model, series, shape, best.anchor, first + k)));
  state.scoreSeriesAsPlanned(series);
  let previousBed = best.bed;
  for (let i = first; i < first + shapes.length; i++) {
    const starts = startsByCloseness(state, i);
    const onPrevious = starts.find(
      (start) => previousBed >= 0 && state.obstacle(i, previousBed, start) === null,
    );
    if (onPrevious !== undefined && state.items[i]?.beds.includes(previousBed)) {
      state.place(i, previousBed, onPrevious);
      continue;
    }
    if (previousBed >= 0 && !worthAnotherBed(state, i)) continue;
    for (const start of starts) {
      const bed = bestBed(state, i, start);
      if (bed !== null) {
        state.place(i, bed, start);
        previousBed = bed;
        break;
      }
    }
  }
}

/**
 * The anchors in [from, to] on which every pinned start falls inside its occurrence's pattern window; every
 * anchor when none does (pins that contradict each other cannot all hold, and the search honours what it can).
 */
function anchorsAgreeingWithPins(state: State, series: Series, from: number, to: number): number[] {
  const { days } = state.model;
  const until = days.of(series.until);
  const pinnedStarts = series.pins.flatMap((p) =>
    p.start === undefined ? [] : [{ occurrence: p.occurrence, start: days.of(p.start) }],
  );
  const all = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const agreeing = all.filter((anchor) => {
    const shapes = occurrenceShapes(series, anchor, until);
    return pinnedStarts.every(({ occurrence, start }) => {
      const shape = shapes[occurrence];
      const flex = occurrence === 0 ? 0 : series.flexDays;
      return shape !== undefined && Math.abs(start - (anchor + shape.offset)) <= flex;
    });
  });
  return agreeing.length > 0 ? agreeing : all;
}

/** Does placing occurrence i give more than moving its series to another bed costs? */
function worthAnotherBed(state: State, i: number): boolean {
  const item = state.items[i];
  if (!item) return false;
  const gain = unplacedPenalty(state.weights, item) + idlePenalty(state.weights, item.nights);
  return gain > state.weights.seriesBedChange;
}

/** The starts of an occurrence's window, nearest its pattern date (the middle of the window) first. */
export function startsByCloseness(state: State, i: number): number[] {
  const item = state.items[i];
  if (!item) return [];
  const middle = Math.round((item.earliest + item.latest) / 2);
  const starts: number[] = [];
  for (let d = 0; d <= item.latest - item.earliest; d++) {
    for (const start of d === 0 ? [middle] : [middle - d, middle + d]) {
      if (start >= item.earliest && start <= item.latest) starts.push(start);
    }
  }
  return starts;
}
