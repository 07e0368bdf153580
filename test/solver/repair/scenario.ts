import type { Event, Instance, Plan, Stay } from '../../../solver/formats.ts';
import { plan as planSchema } from '../../../solver/formats.ts';
import { repair, type RepairOptions } from '../../../solver/repair/index.ts';
import { buildInstance, requestInput, wardInput } from '../../support/builders.ts';

/** Today in every scenario: nights before it are history; with two notice days stays from 13 Jan may move. */
export const TODAY = '2027-01-11';

export const B1 = 'W1-R1-B1';
export const B2 = 'W1-R2-B1';
export const B3 = 'W1-R3-B1';

type Input = Record<string, unknown>;

/** One korttid ward with `beds` single rooms (W1-R1-B1, W1-R2-B1, ...), plus any extra wards. */
export function instanceWith(
  requests: Input[],
  options: { beds?: number; wards?: Input[]; series?: Input[] } = {},
) {
  return buildInstance({
    wards: [wardInput('W1', ['korttid'], Array(options.beds ?? 2).fill(1)), ...(options.wards ?? [])],
    requests,
    series: options.series ?? [],
  });
}

export const request = requestInput;

export function planOf(stays: Stay[], unplaced: Plan['unplaced'] = []): Plan {
  return planSchema.parse({ version: 1, stays, unplaced });
}

export function run(instance: Instance, plan: Plan, events: Event[], options: Partial<RepairOptions> = {}) {
  return repair(instance, plan, events, { today: TODAY, ...options });
}

/** The plan's stays in a fixed order, to compare exactly. */
export function sorted(stays: Stay[]): Stay[] {
  const key = (s: Stay) => `${'requestId' in s ? s.requestId : `${s.seriesId}#${s.occurrence}`} ${s.start}`;
  return [...stays].sort((a, b) => key(a).localeCompare(key(b)));
}
