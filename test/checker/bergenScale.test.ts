import { describe, it, expect } from 'vitest';
import { checkPlan } from '../../solver/checker/index.ts';
import { instance as instanceSchema } from '../../solver/formats.ts';
import { bigInstanceAndPlan } from './bigInstance.ts';

describe('the checker at Bergen scale', () => {
  it('finds no violation in a 470-bed plan with 130 series and 600 fixed stays that keeps every rule', () => {
    const { instance, plan } = bigInstanceAndPlan();
    instanceSchema.parse(instance);
    expect(instance.fixed).toHaveLength(600);
    expect(plan.stays.length).toBeGreaterThan(5_000);

    const result = checkPlan(instance, plan);

    expect(result.violations).toEqual([]);
    expect(result.figures.unplaced).toBe(0);
  });
});
