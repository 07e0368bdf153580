import type { Series } from '../formats.ts';

/** One stay of a rotation series, with its pattern offset from the anchor (the start of occurrence 0). */
export interface OccurrenceShape {
  occurrence: number;
  /** Days from the anchor to this occurrence's pattern date. */
  offset: number;
  nights: number;
}

/**
 * The occurrences of a series for an anchor `start_0` given as a day number: phases in order, each used
 * `count` times (default 1), the last one repeating; occurrences exist while their pattern date < until.
 */
export function occurrenceShapes(series: Series, anchorDay: number, untilDay: number): OccurrenceShape[] {
  const shapes: OccurrenceShape[] = [];
  let offset = 0;
  let phaseIndex = 0;
  let usedInPhase = 0;
  while (anchorDay + offset < untilDay) {
    const phase = series.phases[phaseIndex];
    if (!phase) throw new Error(`series ${series.id} has no phases`);
    shapes.push({ occurrence: shapes.length, offset, nights: phase.inNights });
    offset += phase.inNights + phase.homeNights;
    usedInPhase++;
    const isLast = phaseIndex === series.phases.length - 1;
    if (!isLast && usedInPhase >= (phase.count ?? 1)) {
      phaseIndex++;
      usedInPhase = 0;
    }
  }
  return shapes;
}
