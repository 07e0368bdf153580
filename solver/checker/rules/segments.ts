/** Rule `segments` (rule 2, part): the segments of one stay join end to start, with no gap or overlap. */
import type { CheckContext } from '../context.ts';
import type { Violation } from '../types.ts';
import { daysText, nightsText } from '../pairs.ts';

export function segmentsRule(ctx: CheckContext): Violation[] {
  const violations: Violation[] = [];
  for (const unit of ctx.units.values()) {
    const add = (message: string) => violations.push({ rule: 'segments', refs: [unit.label], message });
    for (const seg of unit.segments) {
      if (seg.end <= seg.start) {
        add(
          `${unit.label} has a segment in bed ${seg.bedId} that ends (${seg.endDate}) on or before its start (${seg.startDate})`,
        );
      }
    }
    for (let i = 1; i < unit.segments.length; i++) {
      const a = unit.segments[i - 1];
      const b = unit.segments[i];
      if (a === undefined || b === undefined) continue;
      if (b.start > a.end) {
        add(
          `${unit.label} has a gap of ${daysText(b.start - a.end)} between its segments: ` +
            `it leaves bed ${a.bedId} on ${a.endDate} and arrives in bed ${b.bedId} on ${b.startDate}`,
        );
      } else if (b.start < a.end) {
        add(
          `${unit.label} has segments that overlap by ${nightsText(a.end - b.start)}: ` +
            `bed ${a.bedId} until ${a.endDate} and bed ${b.bedId} from ${b.startDate}`,
        );
      }
    }
  }
  return violations;
}
