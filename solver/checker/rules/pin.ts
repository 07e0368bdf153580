/**
 * Rule `pin`: a pinned request or occurrence is placed, every segment on the pinned bed (when a bed is named),
 * starting on the pinned start (when a start is named). One violation per pin. refs: [stay].
 */
import type { CheckContext, Unit } from '../context.ts';
import { occurrenceKey, occurrenceLabel, requestKey } from '../context.ts';
import type { Violation } from '../types.ts';

interface PinSpec {
  bedId?: string | undefined;
  start?: string | undefined;
}

/** ' to bed X and start D', or '' for a pin that names neither (it only asks to be placed). */
function describePin(pin: PinSpec): string {
  const parts = [];
  if (pin.bedId !== undefined) parts.push(`bed ${pin.bedId}`);
  if (pin.start !== undefined) parts.push(`start ${pin.start}`);
  return parts.length === 0 ? '' : ` to ${parts.join(' and ')}`;
}

function checkPin(label: string, unit: Unit | undefined, pin: PinSpec): Violation | undefined {
  const problems: string[] = [];
  const first = unit?.segments[0];
  if (unit === undefined || first === undefined) {
    problems.push('it is not placed');
  } else {
    if (pin.bedId !== undefined) {
      const elsewhere = unit.segments.filter((seg) => seg.bedId !== pin.bedId);
      if (elsewhere.length > 0) {
        const where = elsewhere.map((seg) => `bed ${seg.bedId} from ${seg.startDate}`).join(', ');
        problems.push(`it stays in ${where}`);
      }
    }
    if (pin.start !== undefined && first.startDate !== pin.start)
      problems.push(`it starts on ${first.startDate}`);
  }
  if (problems.length === 0) return undefined;
  return {
    rule: 'pin',
    refs: [label],
    message: `${label} is pinned${describePin(pin)} but ${problems.join(' and ')}`,
  };
}

export function pinRule(ctx: CheckContext): Violation[] {
  const violations: Violation[] = [];
  const add = (v: Violation | undefined) => {
    if (v !== undefined) violations.push(v);
  };
  for (const request of ctx.instance.requests) {
    if (request.pin !== undefined)
      add(checkPin(request.id, ctx.units.get(requestKey(request.id)), request.pin));
  }
  for (const series of ctx.instance.series) {
    for (const pin of series.pins) {
      const label = occurrenceLabel(series.id, pin.occurrence);
      add(checkPin(label, ctx.units.get(occurrenceKey(series.id, pin.occurrence)), pin));
    }
  }
  return violations;
}
