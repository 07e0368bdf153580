import type { Instance, Plan } from './formats.ts';
import { compile } from './model/compile.ts';
import { weightsSchema, type Weights } from './objective/weights.ts';
import { construct } from './search/construct.ts';
import { improve, type SearchStatus } from './search/improve.ts';
import { toPlan } from './search/output.ts';
import { State } from './search/state.ts';

export interface SolveProgress {
  phase: 'construct' | 'search' | 'done';
  seconds: number;
  iterations: number;
  score: number;
  bestScore: number;
  unplaced: number;
}

export interface SolveOptions {
  /** Wall-clock budget; the best plan found so far is returned when it runs out. Default 30. */
  timeLimitSeconds?: number;
  /** Stops the search after this many moves: with a seed, the same plan on every machine. */
  maxIterations?: number;
  seed?: number;
  weights?: Partial<Weights>;
  onProgress?: (progress: SolveProgress) => void;
  signal?: AbortSignal;
}

export interface SolveResult {
  status: SearchStatus;
  plan: Plan;
  score: number;
  iterations: number;
  seconds: number;
}

/** Places every request and series occurrence on a bed: construction, then local search. Pure. */
export function solve(instance: Instance, options: SolveOptions = {}): SolveResult {
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  const weights = weightsSchema.parse(options.weights ?? {});
  const state = new State(compile(instance), weights);
  construct(state);
  const unplacedCount = () => state.items.filter((item) => !state.isPlaced(item.index)).length;
  options.onProgress?.({
    phase: 'construct',
    seconds: elapsed(),
    iterations: 0,
    score: state.score,
    bestScore: state.score,
    unplaced: unplacedCount(),
  });
  const search = improve(state, {
    seed: options.seed ?? 1,
    deadline: started + (options.timeLimitSeconds ?? 30) * 1000,
    maxIterations: options.maxIterations,
    signal: options.signal,
    onProgress: (iterations, bestScore) =>
      options.onProgress?.({
        phase: 'search',
        seconds: elapsed(),
        iterations,
        score: state.score,
        bestScore,
        unplaced: unplacedCount(),
      }),
  });
  const seconds = elapsed();
  const plan = toPlan(state, {
    solver: 'sengeplan',
    status: search.status,
    score: state.score,
    iterations: search.iterations,
    seconds,
  });
  options.onProgress?.({
    phase: 'done',
    seconds,
    iterations: search.iterations,
    score: state.score,
    bestScore: state.score,
    unplaced: plan.unplaced.length,
  });
  return { status: search.status, plan, score: state.score, iterations: search.iterations, seconds };
}
