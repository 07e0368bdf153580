import { describe, it, expect } from 'vitest';
import { checkPlan, ruleNames } from '../../solver/checker/index.ts';
import { plan as planSchema } from '../../solver/formats.ts';
import { makeInstance, validPlan } from './instance.ts';
import { check, expectValid } from './assert.ts';

describe('a valid complete plan', () => {
  it('the hand-made valid plan is valid with zero violations', () => {
    expectValid(check(validPlan()));
  });

  it('the hand-made valid plan passes the plan schema unchanged', () => {
    expect(planSchema.parse(validPlan())).toEqual(validPlan());
  });

  it('checking does not change the instance or the plan', () => {
    const instance = makeInstance();
    const plan = validPlan();
    checkPlan(instance, plan);
    expect(instance).toEqual(makeInstance());
    expect(plan).toEqual(validPlan());
  });

  it('the rule names are the thirteen fixed strings', () => {
    expect(ruleNames).toEqual([
      'reference',
      'coverage',
      'segments',
      'window',
      'pattern',
      'bedConflict',
      'turnover',
      'tags',
      'closure',
      'roomSex',
      'personOverlap',
      'pin',
      'capacity',
    ]);
  });
});
