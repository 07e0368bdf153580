import type { StayRef } from '../api/calendar.ts';

/** One string per stay reference, for keys and comparisons. */
export function refKey(ref: StayRef): string {
  if ('requestId' in ref) return `request:${ref.requestId}`;
  if ('seriesId' in ref) return `series:${ref.seriesId}:${ref.occurrence}`;
  return `fixed:${ref.fixedStayId}`;
}

export function sameRef(a: StayRef, b: StayRef): boolean {
  return refKey(a) === refKey(b);
}
