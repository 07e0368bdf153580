/**
 * Rule `closure` (rule 5): no plan stay on a night its ward is closed or its bed is out of service.
 * One violation per segment and blocked period. refs: [stay, bed id].
 */
import type { CheckContext } from '../context.ts';
import type { Violation } from '../types.ts';
import { nightsText, overlap } from '../pairs.ts';

export function closureRule(ctx: CheckContext): Violation[] {
  const violations: Violation[] = [];
  for (const unit of ctx.units.values()) {
    for (const seg of unit.segments) {
      for (const period of seg.bed?.blocked ?? []) {
        const shared = overlap(seg, period);
        if (shared === undefined) continue;
        const why =
          period.kind === 'closure'
            ? `ward ${period.wardId} is closed`
            : `bed ${seg.bedId} is out of service`;
        violations.push({
          rule: 'closure',
          refs: [unit.label, seg.bedId],
          message:
            `${unit.label} stays in bed ${seg.bedId} on ${nightsText(shared.end - shared.start)} from ` +
            `${ctx.day.date(shared.start)} while ${why} (${period.startDate} to ${period.endDate})`,
        });
      }
    }
  }
  return violations;
}
