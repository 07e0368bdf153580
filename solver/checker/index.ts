/**
 * The independent plan checker: judges a plan against the hard rules of shared/formats.md and computes the
 * figures every plan is judged by. It shares no code with any solver: it imports only the formats and dates
 * modules and its own files, and expands series occurrences, occupancy and the rest itself.
 */
import type { Instance, Plan } from '../formats.ts';
import { buildContext } from './context.ts';
import { computeFigures, type Figures } from './figures.ts';
import { rules } from './rules/index.ts';
import type { Violation } from './types.ts';

export type { Figures } from './figures.ts';
export { ruleNames, type RuleName, type Violation } from './types.ts';

export interface CheckResult {
  valid: boolean;
  violations: Violation[];
  figures: Figures;
}

export function checkPlan(instance: Instance, plan: Plan): CheckResult {
  const ctx = buildContext(instance, plan);
  const violations = rules.flatMap((rule) => rule(ctx));
  return { valid: violations.length === 0, violations, figures: computeFigures(ctx) };
}
