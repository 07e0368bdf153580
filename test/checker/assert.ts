/** Assertions the checker tests share. */
import { expect } from 'vitest';
import { checkPlan, type CheckResult, type RuleName } from '../../solver/checker/index.ts';
import type { Instance, Plan } from '../../solver/formats.ts';
import { makeInstance } from './instance.ts';

export function check(plan: Plan, instance: Instance = makeInstance()): CheckResult {
  return checkPlan(instance, plan);
}

/** The plan breaks exactly one rule, once, naming exactly these refs; returns the message. */
export function expectOnlyViolation(result: CheckResult, rule: RuleName, refs: string[]): string {
  expect(result.violations.map((v) => ({ rule: v.rule, refs: v.refs }))).toEqual([{ rule, refs }]);
  expect(result.valid).toBe(false);
  return result.violations[0]?.message ?? '';
}

export function expectNoViolationOf(result: CheckResult, rule: RuleName): void {
  expect(result.violations.filter((v) => v.rule === rule)).toEqual([]);
}

export function expectValid(result: CheckResult): void {
  expect(result.violations).toEqual([]);
  expect(result.valid).toBe(true);
}
