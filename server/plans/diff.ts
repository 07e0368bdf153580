import type { PlanDiff, Placement, Segment } from '../../api/plans.ts';
import type { PlanRef } from '../../api/refs.ts';
import { isSeriesStay, type Plan, type Stay } from '../../solver/formats.ts';

const refOf = (s: Stay): PlanRef =>
  isSeriesStay(s) ? { seriesId: s.seriesId, occurrence: s.occurrence } : { requestId: s.requestId };

const keyOf = (ref: PlanRef) =>
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
