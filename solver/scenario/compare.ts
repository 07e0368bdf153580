import { figureNames, type FigureName, type ScenarioFigures } from './figures.ts';

/** A figure over the seeds: the mean, the lowest and the highest. */
export interface Spread {
  mean: number;
  min: number;
  max: number;
}

export interface FigureComparison {
  figure: FigureName;
  baseline: Spread;
  scenario: Spread;
  /** scenario - baseline seed by seed (same seed, same budget), over the seeds: its sign is the direction. */
  difference: Spread;
}

export function spread(values: readonly number[]): Spread {
  if (values.length === 0) throw new Error('a spread needs at least one value');
  return {
    mean: values.reduce((a, b) => a + b, 0) / values.length,
    min: Math.min(...values),
    max: Math.max(...values),
  };
}

/** Each figure of a scenario beside the baseline; both lists hold one run per seed, in the same order. */
export function compareFigures(
  baseline: readonly ScenarioFigures[],
  scenario: readonly ScenarioFigures[],
): FigureComparison[] {
  if (baseline.length !== scenario.length) throw new Error('baseline and scenario need the same seeds');
  return figureNames.map((figure) => ({
    figure,
    baseline: spread(baseline.map((f) => f[figure])),
    scenario: spread(scenario.map((f) => f[figure])),
    difference: spread(scenario.map((f, i) => f[figure] - (baseline[i] as ScenarioFigures)[figure])),
  }));
}
