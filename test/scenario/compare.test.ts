import { describe, expect, it } from 'vitest';
import { compareFigures } from '../../solver/scenario/compare.ts';
import { figureNames, type ScenarioFigures } from '../../solver/scenario/figures.ts';

function figures(usersServed: number, hospitalWaitDays: number): ScenarioFigures {
  const zero = Object.fromEntries(figureNames.map((name) => [name, 0])) as Record<
    (typeof figureNames)[number],
    number
  >;
  return { ...zero, usersServed, hospitalWaitDays, valid: true };
}

describe('a scenario compared with the baseline', () => {
  it('gives each figure over the seeds and its difference to the baseline seed by seed, with its sign', () => {
    const comparison = compareFigures(
      [figures(100, 40), figures(104, 30)],
      [figures(110, 35), figures(106, 10)],
    );
    expect(comparison.find((c) => c.figure === 'usersServed')).toEqual({
      figure: 'usersServed',
      baseline: { mean: 102, min: 100, max: 104 },
      scenario: { mean: 108, min: 106, max: 110 },
      difference: { mean: 6, min: 2, max: 10 },
    });
    expect(comparison.find((c) => c.figure === 'hospitalWaitDays')?.difference).toEqual({
      mean: -12.5,
      min: -20,
      max: -5,
    });
    expect(comparison.map((c) => c.figure)).toEqual([...figureNames]);
  });

  it('refuses a scenario run with other seeds than the baseline', () => {
    expect(() => compareFigures([figures(1, 1)], [])).toThrow('baseline and scenario need the same seeds');
  });
});
