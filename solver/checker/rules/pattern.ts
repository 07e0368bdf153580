/** Rule `pattern` (rule 2): a placed occurrence keeps its series' pattern (see series.ts for the anchor rule). */
import type { CheckContext, Unit } from '../context.ts';
import { occurrenceKey, occurrenceLabel } from '../context.ts';
import type { SeriesSchedule } from '../series.ts';
import type { Violation } from '../types.ts';
import { daysText, nightsText } from '../pairs.ts';

function placedOccurrences(ctx: CheckContext, schedule: SeriesSchedule): [number, Unit][] {
  const placed: [number, Unit][] = [];
  for (const occurrence of schedule.occurrences) {
    const unit = ctx.units.get(occurrenceKey(schedule.series.id, occurrence.index));
    if (unit !== undefined) placed.push([occurrence.index, unit]);
  }
  return placed;
}

function checkSeries(ctx: CheckContext, schedule: SeriesSchedule): Violation[] {
  const { series, firstStart } = schedule;
  const date = (night: number) => ctx.day.date(night);
  const violations: Violation[] = [];
  const unfitted =
    schedule.anchor === 'fitted' && schedule.misfits.length > 0
      ? `; occurrence 0 is not placed and no first start in ${series.firstStart.earliest} to ` +
        `${series.firstStart.latest} fits every placed occurrence, so the best fit ${date(schedule.start0)} is used`
      : '';
  for (const [k, unit] of placedOccurrences(ctx, schedule)) {
    const occurrence = schedule.occurrences[k];
    const first = unit.segments[0];
    if (occurrence === undefined || first === undefined) continue;
    const label = occurrenceLabel(series.id, k);
    const add = (message: string) => violations.push({ rule: 'pattern', refs: [label], message });
    if (k === 0) {
      if (first.start < firstStart.earliest || first.start > firstStart.latest) {
        add(
          `${label} starts on ${first.startDate}, outside firstStart ${series.firstStart.earliest} to ${series.firstStart.latest}`,
        );
      }
    } else if (Math.abs(first.start - occurrence.patternStart) > series.flexDays) {
      const p = occurrence.patternStart;
      add(
        `${label} starts on ${first.startDate}, outside ${date(p - series.flexDays)} to ${date(p + series.flexDays)} ` +
          `(pattern date ${date(p)} ± ${daysText(series.flexDays)})${unfitted}`,
      );
    }
    const nights = unit.segments.reduce((sum, seg) => sum + (seg.end - seg.start), 0);
    if (nights !== occurrence.nights) {
      add(`${label} stays ${nightsText(nights)} but its phase stays ${nightsText(occurrence.nights)}`);
    }
  }
  return violations;
}

export function patternRule(ctx: CheckContext): Violation[] {
  return [...ctx.schedules.values()].flatMap((schedule) => checkSeries(ctx, schedule));
}
