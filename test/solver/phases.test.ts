import { describe, expect, it } from 'vitest';
import { generateInstance } from '../../solver/generator/index.ts';
import { solve } from '../../solver/solve.ts';
import { daysBetween } from '../../solver/dates.ts';

/** Every ward kind, rotation series among them, small enough for a test. */
const small = () => generateInstance({ seed: 7, beds: 30, days: 112, load: 1.1 });

describe('the phases of a solve', () => {
  it('are recorded in the order they first run', async () => {
    const { phases } = await solve(small(), { maxIterations: 30_000 });
    expect(phases.map((p) => p.phase)).toEqual([
      'guide',
      'seriesPacking',
      'construction',
      'lateAcceptance',
      'windows',
    ]);
  });

  it('start construction from the empty plan and add up to the plan returned', async () => {
    const instance = small();
    const result = await solve(instance, { maxIterations: 30_000 });
    const construction = result.phases.find((p) => p.phase === 'construction')!;
    const search = result.phases.filter((p) => p.phase === 'lateAcceptance' || p.phase === 'windows');
    const { start, end } = instance.horizon;
    const inside = (s: { start: string; end: string }) =>
      Math.max(0, daysBetween(s.start < start ? start : s.start, s.end > end ? end : s.end));
    const nightsOf = result.plan.stays.reduce((sum, s) => sum + inside(s), 0);
    expect(construction.bedNightsStart).toBe(0);
    expect(construction.scoreEnd + search.reduce((sum, p) => sum + p.scoreEnd - p.scoreStart, 0)).toBeCloseTo(
      result.score,
      3,
    );
    expect(
      construction.bedNightsEnd + search.reduce((sum, p) => sum + p.bedNightsEnd - p.bedNightsStart, 0),
    ).toBe(nightsOf);
  });
});
