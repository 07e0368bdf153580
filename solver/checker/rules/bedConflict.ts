/**
 * Rule `bedConflict` (rule 3): a bed holds one stay a night. Plan stays and fixed stays count; two fixed stays
 * overlapping each other are an instance problem and are not reported. Segments of one stay never conflict with
 * each other (their overlaps are the segments rule's). Reported once per pair of stays and bed, naming the first
 * shared night. refs: [earlier stay, later stay, bed id].
 */
import type { CheckContext, Occupant } from '../context.ts';
import type { Violation } from '../types.ts';
import { EarliestPerKey, groupBy, nightsText, overlap, pairsWithin } from '../pairs.ts';

interface Finding {
  first: number;
  nights: number;
  a: Occupant;
  b: Occupant;
  bedId: string;
}

export function bedConflictRule(ctx: CheckContext): Violation[] {
  const found = new EarliestPerKey<Finding>();
  for (const [bedId, occupants] of groupBy(ctx.occupants, (o) => o.bed?.id)) {
    pairsWithin(occupants, 0, (a, b) => {
      if (a.owner === b.owner || (!a.fromPlan && !b.fromPlan)) return;
      const shared = overlap(a, b);
      if (shared === undefined) return;
      const key = [bedId, ...[a.owner, b.owner].sort()].join('|');
      found.add(key, { first: shared.start, nights: shared.end - shared.start, a, b, bedId });
    });
  }
  return found.values().map(({ first, nights, a, b, bedId }) => ({
    rule: 'bedConflict',
    refs: [a.label, b.label, bedId],
    message:
      `${a.label} (${a.startDate} to ${a.endDate}) and ${b.label} (${b.startDate} to ${b.endDate}) both hold ` +
      `bed ${bedId} from ${ctx.day.date(first)} (${nightsText(nights)})`,
  }));
}
