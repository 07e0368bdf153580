import type { Series } from '../formats.ts';
import type { Model } from '../model/compile.ts';
import { occurrenceShapes } from '../model/series.ts';

/** A placed occurrence of a series: its index and start night. */
export interface PlacedOccurrence {
  occurrence: number;
  start: number;
}

/**
 * The anchor a reader of the plan derives (shared/formats.md): the start of occurrence 0 when it is
 * placed, otherwise the earliest first start that agrees with every placed occurrence.
 */
export function readersAnchor(model: Model, series: Series, placed: readonly PlacedOccurrence[]): number {
  const { days } = model;
  const until = days.of(series.until);
  const zero = placed.find((p) => p.occurrence === 0);
  if (zero) return zero.start;
  const pin0 = series.pins.find((p) => p.occurrence === 0)?.start;
  const from = pin0 ? days.of(pin0) : days.of(series.firstStart.earliest);
  const to = pin0 ? from : days.of(series.firstStart.latest);
  for (let anchor = from; anchor <= to; anchor++) {
    const shapes = occurrenceShapes(series, anchor, until);
    const agrees = placed.every((p) => {
      const shape = shapes[p.occurrence];
      return shape !== undefined && Math.abs(p.start - (anchor + shape.offset)) <= series.flexDays;
    });
    if (agrees) return anchor;
  }
  throw new Error(`series ${series.id}: placed occurrences agree with no anchor`);
}
