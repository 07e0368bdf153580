import type { Stay, Unplaced } from '../formats.ts';
import type { Reason } from '../model/reasons.ts';
import type { StayRef, StaySpan } from './types.ts';

/** A stay's reference as one string key: `R:R12` or `S:S3#2`. */
export function refKey(ref: StayRef): string {
  return 'requestId' in ref ? `R:${ref.requestId}` : `S:${ref.seriesId}#${ref.occurrence}`;
}

export function refLabel(ref: StayRef): string {
  return 'requestId' in ref ? ref.requestId : `${ref.seriesId}#${ref.occurrence}`;
}

export function refOf(entry: Stay | Unplaced): StayRef {
  return 'requestId' in entry
    ? { requestId: entry.requestId }
    : { seriesId: entry.seriesId, occurrence: entry.occurrence };
}

export interface Segment {
  bedId: string;
  start: string;
  end: string;
}

/** The plan's stays grouped by reference, each group sorted by start. */
export function segmentsByRef(stays: readonly Stay[]): Map<string, { ref: StayRef; segments: Segment[] }> {
  const groups = new Map<string, { ref: StayRef; segments: Segment[] }>();
  for (const stay of stays) {
    const ref = refOf(stay);
    const key = refKey(ref);
    const group = groups.get(key) ?? { ref, segments: [] };
    group.segments.push({ bedId: stay.bedId, start: stay.start, end: stay.end });
    groups.set(key, group);
  }
  for (const group of groups.values()) group.segments.sort((a, b) => a.start.localeCompare(b.start));
  return groups;
}

/** The span a move shows: the bed held from `today` (or the first), from first arrival to last departure. */
export function spanOf(segments: readonly Segment[], today: string): StaySpan | null {
  const first = segments[0];
  const last = segments[segments.length - 1];
  if (!first || !last) return null;
  const current = segments.find((s) => s.end > today) ?? first;
  return { bedId: current.bedId, start: first.start, end: last.end };
}

export function sameSegments(a: readonly Segment[], b: readonly Segment[]): boolean {
  return (
    a.length === b.length &&
    a.every((s, k) => s.bedId === b[k]?.bedId && s.start === b[k]?.start && s.end === b[k]?.end)
  );
}

/** Unplaced reasons that close an occurrence for good: the repair never offers it a bed again. */
const CLOSED_CODES: ReadonlySet<string> = new Set(['cancelled', 'noShow', 'leftEarly', 'ended']);
/** The same, as plans written before reasons had codes worded them. */
const CLOSED_PREFIXES = ['avlyst', 'ikke møtt', 'avsluttet'] as const;

export function isClosedReason(entry: Reason): boolean {
  if (entry.why !== undefined) return CLOSED_CODES.has(entry.why.code);
  return CLOSED_PREFIXES.some((p) => entry.reason.startsWith(p));
}
