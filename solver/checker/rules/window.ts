/** Rule `window` (rule 2): a placed request starts in [earliestStart, latestStart] and stays exactly `nights`. */
import type { CheckContext } from '../context.ts';
import type { Violation } from '../types.ts';
import { nightsText } from '../pairs.ts';

export function windowRule(ctx: CheckContext): Violation[] {
  const violations: Violation[] = [];
  for (const unit of ctx.units.values()) {
    const request = unit.request;
    const first = unit.segments[0];
    if (request === undefined || first === undefined) continue;
    const add = (message: string) => violations.push({ rule: 'window', refs: [unit.label], message });
    if (first.start < ctx.day.of(request.earliestStart) || first.start > ctx.day.of(request.latestStart)) {
      add(
        `${unit.label} starts on ${first.startDate}, outside its window ${request.earliestStart} to ${request.latestStart}`,
      );
    }
    const nights = unit.segments.reduce((sum, seg) => sum + (seg.end - seg.start), 0);
    if (nights !== request.nights) {
      add(`${unit.label} stays ${nightsText(nights)} but needs ${nightsText(request.nights)}`);
    }
  }
  return violations;
}
