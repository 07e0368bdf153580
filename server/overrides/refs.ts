/** Naming the stays of a plan the way the checker does, so that its violations can be matched to them. */
import { occurrenceKey, occurrenceLabel, requestKey } from '../../solver/checker/context.ts';
import type { Stay, Unplaced } from '../../solver/formats.ts';
import type { PlanRef } from '../../api/refs.ts';

export const isRequestRef = (ref: PlanRef): ref is { requestId: string } => 'requestId' in ref;

/** The checker's unit key: `R:<requestId>` or `S:<seriesId>#<occurrence>`. */
export const keyOf = (ref: PlanRef): string =>
  isRequestRef(ref) ? requestKey(ref.requestId) : occurrenceKey(ref.seriesId, ref.occurrence);

/** What the checker's violations name a stay by: the request id or `S1#2`. */
export const labelOf = (ref: PlanRef): string =>
  isRequestRef(ref) ? ref.requestId : occurrenceLabel(ref.seriesId, ref.occurrence);

export const refOf = (entry: Stay | Unplaced): PlanRef =>
  'seriesId' in entry
    ? { seriesId: entry.seriesId, occurrence: entry.occurrence }
    : { requestId: entry.requestId };

export const entryKey = (entry: Stay | Unplaced): string => keyOf(refOf(entry));

/** A plan stay of `ref` on `bedId` for the nights [start, end). */
export function stayOf(ref: PlanRef, span: { bedId: string; start: string; end: string }): Stay {
  return isRequestRef(ref)
    ? { requestId: ref.requestId, ...span }
    : { seriesId: ref.seriesId, occurrence: ref.occurrence, ...span };
}

/** The series a stay belongs to, if it is an occurrence. */
export const seriesIdOf = (entry: Stay | Unplaced): string | undefined =>
  'seriesId' in entry ? entry.seriesId : undefined;
