/**
 * Rule `turnover` (rule 3): after a departure (the end of a stay, or of a transfer segment, on that bed) the bed
 * stays empty `turnoverDays` days: the next arrival is on or after the departure + turnoverDays. Applies between
 * plan stays and fixed stays; pairs of two fixed stays are not reported, nor segments of the same stay (a stay
 * that leaves a bed and comes back is the same person). Overlaps are the bedConflict rule's.
 * refs: [departing stay, arriving stay, bed id].
 */
import type { CheckContext, Occupant } from '../context.ts';
import type { Violation } from '../types.ts';
import { daysText, EarliestPerKey, groupBy, pairsWithin } from '../pairs.ts';

interface Finding {
  first: number;
  a: Occupant;
  b: Occupant;
  bedId: string;
}

export function turnoverRule(ctx: CheckContext): Violation[] {
  const turnover = ctx.turnoverDays;
  if (turnover <= 0) return [];
  const found = new EarliestPerKey<Finding>();
  for (const [bedId, occupants] of groupBy(ctx.occupants, (o) => o.bed?.id)) {
    // a starts no later than b, so only a can leave before b arrives.
    pairsWithin(occupants, turnover, (a, b) => {
      if (a.owner === b.owner || (!a.fromPlan && !b.fromPlan)) return;
      if (b.start < a.end) return;
      const key = [bedId, ...[a.owner, b.owner].sort()].join('|');
      found.add(key, { first: b.start, a, b, bedId });
    });
  }
  return found.values().map(({ a, b, bedId }) => ({
    rule: 'turnover',
    refs: [a.label, b.label, bedId],
    message:
      `${b.label} arrives in bed ${bedId} on ${b.startDate}, ${daysText(b.start - a.end)} after ${a.label} ` +
      `leaves on ${a.endDate}; the bed needs ${daysText(turnover)} empty, so the next arrival is from ` +
      `${ctx.day.date(a.end + turnover)}`,
  }));
}
