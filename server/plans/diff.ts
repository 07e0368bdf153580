import { z } from 'zod';
import {
  id,
  isoDate,
  isSeriesStay,
  occurrenceRef,
  requestRef,
  type Plan,
  type Stay,
} from '../../solver/formats.ts';

/** What a stay is for: a request, or one occurrence of a series. */
export const stayRef = z.union([requestRef, occurrenceRef]);
export const segment = z.object({ bedId: id, start: isoDate, end: isoDate });
/** All segments of one stay (more than one when it changes bed part-way), in date order. */
export const placement = z.object({ ref: stayRef, segments: z.array(segment) });

export const planDiff = z.object({
  added: z.array(placement).describe('placed in the second plan, not in the first'),
  removed: z.array(placement).describe('placed in the first plan, not in the second'),
  moved: z
    .array(z.object({ ref: stayRef, from: z.array(segment), to: z.array(segment) }))
    .describe('placed in both, in another bed or on other dates'),
  unchanged: z.number().int().min(0),
});

export type StayRef = z.infer<typeof stayRef>;
export type Segment = z.infer<typeof segment>;
export type Placement = z.infer<typeof placement>;
export type PlanDiff = z.infer<typeof planDiff>;

const refOf = (s: Stay): StayRef =>
  isSeriesStay(s) ? { seriesId: s.seriesId, occurrence: s.occurrence } : { requestId: s.requestId };

const keyOf = (ref: StayRef) =>
  'requestId' in ref ? `request:${ref.requestId}` : `series:${ref.seriesId}#${ref.occurrence}`;

/** The placements of a plan by stay, in the order each stay first appears. */
function placements(plan: Plan): Map<string, Placement> {
  const byKey = new Map<string, Placement>();
  for (const stay of plan.stays) {
    const ref = refOf(stay);
    const key = keyOf(ref);
    const found = byKey.get(key) ?? { ref, segments: [] };
    found.segments.push({ bedId: stay.bedId, start: stay.start, end: stay.end });
    byKey.set(key, found);
  }
  for (const p of byKey.values()) p.segments.sort((x, y) => x.start.localeCompare(y.start));
  return byKey;
}

const sameSegments = (a: Segment[], b: Segment[]) =>
  a.length === b.length &&
  a.every((s, i) => s.bedId === b[i]?.bedId && s.start === b[i]?.start && s.end === b[i]?.end);

/** What changed from plan `a` to plan `b`, stay by stay. */
export function diffPlans(a: Plan, b: Plan): PlanDiff {
  const before = placements(a);
  const after = placements(b);
  const diff: PlanDiff = { added: [], removed: [], moved: [], unchanged: 0 };
  for (const [key, to] of after) {
    const from = before.get(key);
    if (!from) diff.added.push(to);
    else if (sameSegments(from.segments, to.segments)) diff.unchanged++;
    else diff.moved.push({ ref: to.ref, from: from.segments, to: to.segments });
  }
  for (const [key, from] of before) if (!after.has(key)) diff.removed.push(from);
  return diff;
}
