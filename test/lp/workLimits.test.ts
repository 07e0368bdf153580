import { describe, expect, it } from 'vitest';
import { createEngine, LpBuilder } from '../../solver/lp/index.ts';

/** max sum x_i subject to x_i + x_{i+1} <= 1: many simplex iterations, an optimum of n / 2. */
function chain(n: number) {
  const lp = new LpBuilder('max');
  const cols = Array.from({ length: n }, () => lp.addColumn({ cost: 1, upper: 1 }));
  for (let i = 0; i + 1 < n; i++) lp.addRow(-Infinity, 1, [cols[i]!, cols[i + 1]!], [1, 1]);
  return lp.build();
}

describe('work limits of the HiGHS engine', () => {
  it('reports the simplex iterations of a solve', async () => {
    const solution = await (await createEngine('highs')).solve(chain(40));
    expect(solution.status).toBe('optimal');
    expect(solution.objective).toBe(20);
    expect(solution.work?.simplexIterations).toBeGreaterThan(1);
  });

  it('stops a simplex solve after the iteration limit, not at the optimum', async () => {
    const solution = await (await createEngine('highs')).solve(chain(40), { iterationLimit: 1 });
    expect(solution.status).not.toBe('optimal');
    expect(solution.work?.simplexIterations).toBe(1);
  });
});
