/**
 * Rule `personOverlap`: one person is in at most one bed a night. Plan stays and fixed stays count; reported only
 * when a plan stay is involved, once per pair of stays, naming the first shared night. Segments of one stay are
 * the segments rule's. refs: [earlier stay, later stay, person id].
 */
import type { CheckContext, Occupant } from '../context.ts';
import type { Violation } from '../types.ts';
import { EarliestPerKey, groupBy, nightsText, overlap, pairsWithin } from '../pairs.ts';

interface Finding {
  first: number;
  nights: number;
  a: Occupant;
  b: Occupant;
  personId: string;
}

export function personOverlapRule(ctx: CheckContext): Violation[] {
  const found = new EarliestPerKey<Finding>();
  for (const [personId, occupants] of groupBy(ctx.occupants, (o) => o.personId)) {
    pairsWithin(occupants, 0, (a, b) => {
      if (a.owner === b.owner || (!a.fromPlan && !b.fromPlan)) return;
      const shared = overlap(a, b);
      if (shared === undefined) return;
      const key = [a.owner, b.owner].sort().join('|');
      found.add(key, { first: shared.start, nights: shared.end - shared.start, a, b, personId });
    });
  }
  return found.values().map(({ first, nights, a, b, personId }) => ({
    rule: 'personOverlap',
    refs: [a.label, b.label, personId],
    message:
      `${personId} is in two beds from ${ctx.day.date(first)} (${nightsText(nights)}): ` +
      `${a.label} in bed ${a.bedId} and ${b.label} in bed ${b.bedId}`,
  }));
}
