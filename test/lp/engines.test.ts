import { describe, expect, it } from 'vitest';
import {
  createEngine,
  engineNames,
  LpBuilder,
  type LpEngine,
  type LpProblem,
} from '../../solver/lp/index.ts';

/** max x + y  s.t.  x + 2y <= 4,  3x + y <= 6: the corner x = 8/5, y = 6/5, objective 14/5. */
function fractionalLp(): LpProblem {
  const lp = new LpBuilder('max');
  const x = lp.addColumn({ cost: 1 });
  const y = lp.addColumn({ cost: 1 });
  lp.addRow(-Infinity, 4, [x, y], [1, 2]);
  lp.addRow(-Infinity, 6, [x, y], [3, 1]);
  return lp.build();
}

/**
 * Knapsack: values 10, 13, 7, weights 4, 6, 3, capacity 9. MILP: items 2 + 3 (weight 9) = 20.
 * LP: by value/weight (2.5, 2.17, 2.33) items 1 and 3 whole (weight 7), then 2/6 of item 2: 17 + 13/3 = 64/3.
 */
function knapsack(integer: boolean): LpProblem {
  const lp = new LpBuilder('max');
  const items = [10, 13, 7].map((value) => lp.addColumn({ cost: value, upper: 1, integer }));
  lp.addRow(-Infinity, 9, items, [4, 6, 3]);
  return lp.build();
}

/** x >= 5 and x <= 3. */
function infeasible(): LpProblem {
  const lp = new LpBuilder('max');
  const x = lp.addColumn({ cost: 1 });
  lp.addRow(5, Infinity, [x], [1]);
  lp.addRow(-Infinity, 3, [x], [1]);
  return lp.build();
}

/** max x + y with only x - y <= 3: y grows without end. */
function unbounded(integer = false): LpProblem {
  const lp = new LpBuilder('max');
  const x = lp.addColumn({ cost: 1, integer });
  const y = lp.addColumn({ cost: 1, integer });
  lp.addRow(-Infinity, 3, [x, y], [1, -1]);
  return lp.build();
}

/** min 2x + 3y  s.t.  x + y >= 4,  y - x >= 2: the corner x = 1, y = 3, objective 11. */
function minimise(): LpProblem {
  const lp = new LpBuilder('min');
  const x = lp.addColumn({ cost: 2 });
  const y = lp.addColumn({ cost: 3 });
  lp.addRow(4, Infinity, [x, y], [1, 1]);
  lp.addRow(2, Infinity, [x, y], [-1, 1]);
  return lp.build();
}

/** min x + y, x in [2, 5], y free, x - y = 1: y = x - 1, so 2x - 1 at x = 2 is 3. */
function boundsAndEquality(): LpProblem {
  const lp = new LpBuilder('min');
  const x = lp.addColumn({ cost: 1, lower: 2, upper: 5 });
  const y = lp.addColumn({ cost: 1, lower: -Infinity });
  lp.addRow(1, 1, [x, y], [1, -1]);
  return lp.build();
}

/**
 * max 3x + 2y + z, x integer in [-3, 4], y fixed at 1, z integer in [0, 2.5], x + z <= 5.5, 1 <= x - z <= 3,
 * and a column in no row: x = 4 forces z in [1, 3] and z <= 1.5, so z = 1: 12 + 2 + 1 = 15.
 */
function rangedMilp(): LpProblem {
  const lp = new LpBuilder('max');
  const x = lp.addColumn({ cost: 3, lower: -3, upper: 4, integer: true });
  const y = lp.addColumn({ cost: 2, lower: 1, upper: 1 });
  const z = lp.addColumn({ cost: 1, upper: 2.5, integer: true });
  lp.addColumn();
  void y;
  lp.addRow(-Infinity, 5.5, [x, z], [1, 1]);
  lp.addRow(1, 3, [x, z], [1, -1]);
  return lp.build();
}

describe.each(engineNames)('the %s engine', (name) => {
  const engine = (): Promise<LpEngine> => createEngine(name);

  it('finds the fractional optimum of an LP', async () => {
    const solution = await (await engine()).solve(fractionalLp());
    expect(solution.status).toBe('optimal');
    expect(solution.objective).toBeCloseTo(14 / 5, 6);
    expect(solution.values[0]).toBeCloseTo(8 / 5, 6);
    expect(solution.values[1]).toBeCloseTo(6 / 5, 6);
  });

  it('proves the LP optimum with a bound equal to it', async () => {
    const solution = await (await engine()).solve(fractionalLp());
    expect(solution.bestBound).toBeCloseTo(14 / 5, 6);
  });

  it('solves the LP relaxation of a knapsack to 64/3', async () => {
    const solution = await (await engine()).solve(knapsack(false));
    expect(solution.status).toBe('optimal');
    expect(solution.objective).toBeCloseTo(64 / 3, 6);
  });

  it('solves the knapsack MILP to 20, below its LP optimum', async () => {
    const solution = await (await engine()).solve(knapsack(true));
    expect(solution.status).toBe('optimal');
    expect(solution.objective).toBeCloseTo(20, 6);
    expect([...solution.values].map(Math.round)).toEqual([0, 1, 1]);
  });

  it('reports an infeasible model as infeasible, with no values', async () => {
    const solution = await (await engine()).solve(infeasible());
    expect(solution.status).toBe('infeasible');
    expect(solution.values.length).toBe(0);
    expect(solution.objective).toBeNaN();
  });

  it('reports an unbounded LP as unbounded', async () => {
    const solution = await (await engine()).solve(unbounded());
    expect(solution.status).toBe('unbounded');
    expect(solution.objective).toBe(Infinity);
  });

  it('reports an unbounded MILP as unbounded', async () => {
    const solution = await (await engine()).solve(unbounded(true));
    expect(solution.status).toBe('unbounded');
  });

  it('minimises a min model', async () => {
    const solution = await (await engine()).solve(minimise());
    expect(solution.status).toBe('optimal');
    expect(solution.objective).toBeCloseTo(11, 6);
    expect(solution.bestBound).toBeCloseTo(11, 6);
  });

  it('keeps column bounds, free columns and equality rows', async () => {
    const solution = await (await engine()).solve(boundsAndEquality());
    expect(solution.objective).toBeCloseTo(3, 6);
    expect(solution.values[0]).toBeCloseTo(2, 6);
    expect(solution.values[1]).toBeCloseTo(1, 6);
  });

  it('keeps negative bounds, fixed columns and ranged rows in a MILP', async () => {
    const solution = await (await engine()).solve(rangedMilp());
    expect(solution.status).toBe('optimal');
    expect(solution.objective).toBeCloseTo(15, 6);
    expect([...solution.values].map(Math.round)).toEqual([4, 1, 1, 0]);
  });

  it('solves a model without rows', async () => {
    const lp = new LpBuilder('max');
    lp.addColumn({ cost: 2, upper: 3 });
    const solution = await (await engine()).solve(lp.build());
    expect(solution.status).toBe('optimal');
    expect(solution.objective).toBeCloseTo(6, 6);
  });

  it('accepts a start for a MIP and still proves the optimum', async () => {
    const solution = await (
      await engine()
    ).solve(knapsack(true), {
      initialSolution: new Float64Array([1, 0, 1]),
    });
    expect(solution.status).toBe('optimal');
    expect(solution.objective).toBeCloseTo(20, 6);
  });

  it('reports its name', async () => {
    expect((await engine()).name).toBe(name);
  });
});
