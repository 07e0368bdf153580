/**
 * Solves the baseline (the instance unchanged) and every scenario with the same seeds and budget, and
 * compares their figures. Pure: no I/O; progress and cancel go through the options.
 */
import type { Instance, Plan } from '../formats.ts';
import { solve } from '../solve.ts';
import { applyScenario, type ChangeSummary } from './apply.ts';
import { compareFigures, type FigureComparison } from './compare.ts';
import { scenarioFigures, type ScenarioFigures } from './figures.ts';
import type { FigureOptions, Scenario } from './schema.ts';

/** The solver's budget per solve; what is left out takes solve()'s default (30 s). */
export interface WhatIfBudget {
  timeLimitSeconds?: number;
  maxIterations?: number;
}

export interface WhatIfOptions {
  seeds: readonly number[];
  budget: WhatIfBudget;
  figures: FigureOptions;
  /** Called before each solve: which scenario (null for the baseline) and seed. */
  onRun?: (scenario: string | null, seed: number) => void;
  signal?: AbortSignal;
}

export interface WhatIfRun {
  seed: number;
  figures: ScenarioFigures;
  iterations: number;
  seconds: number;
  /** What the scenario's changes did with this seed (empty for the baseline). */
  changes: ChangeSummary[];
}

export interface ScenarioResult {
  name: string;
  description: string;
  runs: WhatIfRun[];
  comparison: FigureComparison[];
}

export interface WhatIfResult {
  seeds: number[];
  budget: WhatIfBudget;
  baseline: WhatIfRun[];
  scenarios: ScenarioResult[];
}

async function solveRun(
  instance: Instance,
  seed: number,
  options: WhatIfOptions,
  changes: ChangeSummary[],
): Promise<WhatIfRun> {
  const result = await solve(instance, {
    seed,
    timeLimitSeconds: options.budget.timeLimitSeconds,
    maxIterations: options.budget.maxIterations,
    signal: options.signal,
  });
  const plan: Plan = result.plan;
  return {
    seed,
    figures: scenarioFigures(instance, plan, options.figures),
    iterations: result.iterations,
    seconds: result.seconds,
    changes,
  };
}

export async function runWhatIf(
  instance: Instance,
  scenarios: readonly Scenario[],
  options: WhatIfOptions,
): Promise<WhatIfResult> {
  const baseline: WhatIfRun[] = [];
  for (const seed of options.seeds) {
    options.onRun?.(null, seed);
    baseline.push(await solveRun(instance, seed, options, []));
  }
  const results: ScenarioResult[] = [];
  for (const scenario of scenarios) {
    const runs: WhatIfRun[] = [];
    for (const seed of options.seeds) {
      options.onRun?.(scenario.name, seed);
      const applied = applyScenario(instance, scenario, seed);
      runs.push(await solveRun(applied.instance, seed, options, applied.summary));
    }
    results.push({
      name: scenario.name,
      description: scenario.description,
      runs,
      comparison: compareFigures(
        baseline.map((r) => r.figures),
        runs.map((r) => r.figures),
      ),
    });
  }
  return { seeds: [...options.seeds], budget: options.budget, baseline, scenarios: results };
}
