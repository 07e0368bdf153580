import type { Series } from '../formats.ts';
import type { Model } from '../model/compile.ts';
import { occurrenceShapes } from '../model/series.ts';

/**
 * The anchor (start of occurrence 0) a reader of the plan derives from the placed occurrences
 * (shared/formats.md): occurrence 0's start when it is placed, otherwise the earliest first start that
 * agrees with every placed occurrence, otherwise the earliest first start.
 */
export function anchorOf(model: Model, series: Series, placedStarts: ReadonlyMap<number, number>): number {
  const zero = placedStarts.get(0);
  if (zero !== undefined) return zero;
  const { days } = model;
  const until = days.of(series.until);
  const pin0 = series.pins.find((p) => p.occurrence === 0)?.start;
  const from = pin0 ? days.of(pin0) : days.of(series.firstStart.earliest);
  const to = pin0 ? from : days.of(series.firstStart.latest);
  for (let anchor = from; anchor <= to; anchor++) {
    const shapes = occurrenceShapes(series, anchor, until);
    const agrees = [...placedStarts].every(([k, start]) => {
      const shape = shapes[k];
      return shape !== undefined && Math.abs(start - (anchor + shape.offset)) <= series.flexDays;
    });
    if (agrees) return anchor;
  }
  return from;
}
