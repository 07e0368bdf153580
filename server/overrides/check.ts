/**
 * Whether an override may be written: after it, the stay it touched breaks no hard rule, and no other
 * violation appears that was not there before (a plan saved with problems is not made worse, and its old
 * problems elsewhere do not block the planner). The independent checker (solver/checker) is the judge.
 */
import { checkPlan, type Violation } from '../../solver/checker/index.ts';
import type { PlanRef } from '../../api/refs.ts';
import { focusOn, type Judged } from './focus.ts';
import { labelOf } from './refs.ts';

const keyOfViolation = (v: Violation) => `${v.rule}|${v.refs.join('|')}`;

export interface Verdict {
  /** What blocks the override, in the checker's order; empty when it may be written. */
  blocking: Violation[];
}

/**
 * Judges the override of `ref` (its stays are the only ones that changed). `whole` judges the whole plan
 * instead of the focus (slower; the two agree, which a test shows).
 */
export function judgeOverride(ref: PlanRef, before: Judged, after: Judged, whole = false): Verdict {
  const label = labelOf(ref);
  const judged = whole ? { before, after } : focusOn(ref, before, after);
  const old = new Set(checkPlan(judged.before.instance, judged.before.plan).violations.map(keyOfViolation));
  const now = checkPlan(judged.after.instance, judged.after.plan).violations;
  return { blocking: now.filter((v) => v.refs.includes(label) || !old.has(keyOfViolation(v))) };
}
