/** Rule `reference`: plan stays and unplaced entries name known requests, series, occurrences and beds. */
import type { CheckContext, Ref } from '../context.ts';
import { occurrenceLabel } from '../context.ts';
import type { Violation } from '../types.ts';

/** Why a reference does not resolve, or undefined when it does. */
function unresolved(ctx: CheckContext, ref: Ref): string | undefined {
  if (ref.kind === 'request') {
    return ctx.requests.has(ref.requestId) ? undefined : `unknown request ${ref.requestId}`;
  }
  const schedule = ctx.schedules.get(ref.seriesId);
  if (schedule === undefined) return `unknown series ${ref.seriesId}`;
  const count = schedule.occurrences.length;
  if (ref.occurrence < count) return undefined;
  const first = ctx.day.date(schedule.start0);
  const has =
    count === 0
      ? 'no occurrences'
      : `${count} occurrence${count === 1 ? '' : 's'} (${occurrenceLabel(ref.seriesId, 0)} to ${occurrenceLabel(ref.seriesId, count - 1)})`;
  return (
    `occurrence ${occurrenceLabel(ref.seriesId, ref.occurrence)} that does not exist: with occurrence 0 on ` +
    `${first}, series ${ref.seriesId} has ${has} before ${schedule.series.until}`
  );
}

export function referenceRule(ctx: CheckContext): Violation[] {
  const violations: Violation[] = [];
  for (const unit of ctx.units.values()) {
    const problem = unresolved(ctx, unit.ref);
    if (problem !== undefined) {
      violations.push({ rule: 'reference', refs: [unit.label], message: `a plan stay names ${problem}` });
    }
    for (const seg of unit.segments) {
      if (seg.bed !== undefined) continue;
      violations.push({
        rule: 'reference',
        refs: [unit.label, seg.bedId],
        message: `${unit.label} is placed in unknown bed ${seg.bedId} (${seg.startDate} to ${seg.endDate})`,
      });
    }
  }
  for (const entry of ctx.unplaced) {
    const problem = unresolved(ctx, entry.ref);
    if (problem !== undefined) {
      violations.push({
        rule: 'reference',
        refs: [entry.label],
        message: `an unplaced entry names ${problem}`,
      });
    }
  }
  return violations;
}
