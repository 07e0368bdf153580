import { checkPlan, type Violation } from '../../solver/checker/index.ts';
import type { Instance, Plan } from '../../solver/formats.ts';

/**
 * The plan's references the instance does not have (requests, series occurrences, beds), as the independent
 * checker reports them. Empty when every reference resolves; other broken rules are not this question.
 */
export function unresolvedReferences(instance: Instance, plan: Plan): Violation[] {
  return checkPlan(instance, plan).violations.filter((v) => v.rule === 'reference');
}
