/** Rule `coverage` (rule 1): every request and every existing occurrence is placed or unplaced, exactly once. */
import type { CheckContext } from '../context.ts';
import { occurrenceKey, occurrenceLabel, requestKey } from '../context.ts';
import type { Violation } from '../types.ts';

function coverOne(ctx: CheckContext, key: string, label: string, unplacedCount: number): Violation[] {
  const unit = ctx.units.get(key);
  const violations: Violation[] = [];
  const add = (message: string) => violations.push({ rule: 'coverage', refs: [label], message });
  if (unit !== undefined && unplacedCount > 0) {
    const first = unit.segments[0];
    const where = first === undefined ? '' : ` (bed ${first.bedId} from ${first.startDate})`;
    add(`${label} is placed${where} and also listed as unplaced`);
  }
  if (unplacedCount > 1) add(`${label} is listed as unplaced ${unplacedCount} times`);
  if (unit === undefined && unplacedCount === 0) add(`${label} is neither placed nor listed as unplaced`);
  return violations;
}

export function coverageRule(ctx: CheckContext): Violation[] {
  const unplacedCount = new Map<string, number>();
  for (const entry of ctx.unplaced) unplacedCount.set(entry.key, (unplacedCount.get(entry.key) ?? 0) + 1);
  const count = (key: string) => unplacedCount.get(key) ?? 0;

  const violations: Violation[] = [];
  for (const request of ctx.instance.requests) {
    const key = requestKey(request.id);
    violations.push(...coverOne(ctx, key, request.id, count(key)));
  }
  for (const schedule of ctx.schedules.values()) {
    const seriesId = schedule.series.id;
    for (const occurrence of schedule.occurrences) {
      const key = occurrenceKey(seriesId, occurrence.index);
      violations.push(...coverOne(ctx, key, occurrenceLabel(seriesId, occurrence.index), count(key)));
    }
  }
  return violations;
}
