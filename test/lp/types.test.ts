import { describe, expect, it } from 'vitest';
import { lagrangianBound, LpBuilder, objectiveOf } from '../../solver/lp/index.ts';

describe('LpBuilder', () => {
  it('stores the matrix column by column (CSC)', () => {
    // [[1, 0, 2], [0, 3, 4]]
    const lp = new LpBuilder('max');
    const cols = [lp.addColumn(), lp.addColumn(), lp.addColumn()];
    lp.addRow(-Infinity, 1, [cols[0]!, cols[2]!], [1, 2]);
    lp.addRow(-Infinity, 1, [cols[2]!, cols[1]!], [4, 3]);
    const p = lp.build();
    expect([...p.aStart]).toEqual([0, 1, 2, 4]);
    expect([...p.aIndex]).toEqual([0, 1, 0, 1]);
    expect([...p.aValue]).toEqual([1, 3, 2, 4]);
  });

  it('adds up entries given twice for one row and column', () => {
    const lp = new LpBuilder('max');
    const x = lp.addColumn();
    const row = lp.addRow(-Infinity, 1, [x], [1]);
    lp.addEntry(row, x, 2.5);
    const p = lp.build();
    expect([...p.aIndex]).toEqual([0]);
    expect([...p.aValue]).toEqual([3.5]);
  });

  it('defaults a column to cost 0, bounds [0, Infinity) and continuous', () => {
    const lp = new LpBuilder('min');
    lp.addColumn();
    const p = lp.build();
    expect([p.colCost[0], p.colLower[0], p.colUpper[0], p.integrality[0]]).toEqual([0, 0, Infinity, 0]);
  });

  it('names columns only when one is named, filling the rest as x<j>', () => {
    const lp = new LpBuilder('min');
    lp.addColumn();
    lp.addColumn({ name: 'stay' });
    expect(lp.build().colNames).toEqual(['x0', 'stay']);
  });

  it('refuses a column whose bounds are empty', () => {
    expect(() => new LpBuilder('min').addColumn({ lower: 2, upper: 1 })).toThrow(/empty/);
  });

  it('refuses an entry for a row that does not exist', () => {
    const lp = new LpBuilder('min');
    const x = lp.addColumn();
    expect(() => lp.addEntry(3, x, 1)).toThrow(/no row/);
  });

  it('grows past its first capacity without losing entries', () => {
    const lp = new LpBuilder('max');
    const cols = Array.from({ length: 1000 }, (_, j) => lp.addColumn({ cost: j }));
    lp.addRow(
      -Infinity,
      1,
      cols,
      cols.map(() => 1),
    );
    const p = lp.build();
    expect(p.numCols).toBe(1000);
    expect(p.aIndex.length).toBe(1000);
    expect(p.colCost[999]).toBe(999);
  });
});

describe('lagrangianBound', () => {
  // max x + y  s.t.  x + 2y <= 4,  3x + y <= 6,  x, y in [0, 10]: optimum 2.8 at duals (0.4, 0.2).
  const lp = new LpBuilder('max');
  const x = lp.addColumn({ cost: 1, upper: 10 });
  const y = lp.addColumn({ cost: 1, upper: 10 });
  lp.addRow(-Infinity, 4, [x, y], [1, 2]);
  lp.addRow(-Infinity, 6, [x, y], [3, 1]);
  const problem = lp.build();

  it('equals the optimum at the optimal duals', () => {
    expect(lagrangianBound(problem, [0.4, 0.2])).toBeCloseTo(2.8, 12);
  });

  it('is at least the optimum for any multipliers', () => {
    // y = (0, 0): 10 + 10 = 20; y = (1, 1): 4 + 6 + 0 = 10 (reduced costs -3, -2).
    expect(lagrangianBound(problem, [0, 0])).toBe(20);
    expect(lagrangianBound(problem, [1, 1])).toBe(10);
  });

  it('treats a multiplier of the wrong sign on a one-sided row as 0', () => {
    expect(lagrangianBound(problem, [-5, 0.2])).toBe(lagrangianBound(problem, [0, 0.2]));
  });

  it('gives a lower bound for a min problem', () => {
    // min 2x + 3y  s.t.  x + y >= 4,  y - x >= 2: optimum 11 at duals (2.5, 0.5).
    const m = new LpBuilder('min');
    const u = m.addColumn({ cost: 2 });
    const v = m.addColumn({ cost: 3 });
    m.addRow(4, Infinity, [u, v], [1, 1]);
    m.addRow(2, Infinity, [u, v], [-1, 1]);
    const p = m.build();
    expect(lagrangianBound(p, [2.5, 0.5])).toBeCloseTo(11, 12);
    expect(lagrangianBound(p, [1, 0])).toBeLessThanOrEqual(11);
  });

  it('objectiveOf sums cost times value', () => {
    expect(objectiveOf(problem, [1.6, 1.2])).toBeCloseTo(2.8, 12);
  });
});
