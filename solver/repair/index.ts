/**
 * Re-planning when life happens: applies events (arrivals, cancellations, no-shows, early departures, extensions,
 * closures, new requests) to an instance and its plan and repairs the plan with as few changes as it can.
 * Pure and synchronous. Nights before `today` never change; stays starting before today + noticeDays keep
 * bed and start; every other placement of the earlier plan may move, at a cost (weight `repairMove`).
 */
import { checkPlan, type CheckResult } from '../checker/index.ts';
import type { Event, Instance, Plan } from '../formats.ts';
import { repairDraft } from './draft.ts';
import type { RepairOptions, RepairResult } from './types.ts';

export { repairDraft, type Draft } from './draft.ts';
export { suggest, type Suggestion, type SuggestOptions } from './suggest.ts';
export * from './types.ts';

/** The checker's verdict on each plan a repair returned (or was given), so a chain of repairs checks each once. */
const checked = new WeakMap<Plan, { instance: Instance; result: CheckResult }>();

function checkOnce(instance: Instance, plan: Plan): CheckResult {
  const hit = checked.get(plan);
  if (hit?.instance === instance) return hit.result;
  const result = checkPlan(instance, plan);
  checked.set(plan, { instance, result });
  return result;
}

/** The repaired draft with the checker's figures before and after and its verdict. */
export function repair(
  instance: Instance,
  plan: Plan,
  events: readonly Event[],
  options: RepairOptions,
): RepairResult {
  const draft = repairDraft(instance, plan, events, options);
  const before = checkOnce(instance, plan);
  const after = checkOnce(draft.instance, draft.plan);
  const { moves } = draft;
  return {
    status: !after.valid ? 'invalid' : draft.conflicts.length > 0 ? 'conflict' : 'ok',
    ...draft,
    figures: {
      before: { ...before.figures, valid: before.valid },
      after: {
        ...after.figures,
        valid: after.valid,
        moves: moves.filter((m) => m.kind === 'moved' || m.kind === 'unplaced').length,
        placedFromWaiting: moves.filter((m) => m.kind === 'placed').length,
      },
    },
    violations: after.violations,
  };
}
