import type { Instance, Plan } from './formats.ts';
import { compile } from './model/compile.ts';
import { weightsSchema, type Weights } from './objective/weights.ts';
import { createEngine, createHighsEngine, type LpEngine, type LpEngineName } from './lp/index.ts';
import { guideFlow } from './search/guideFlow.ts';
import { addRequests, construct } from './search/construct.ts';
import { guideStarts, type Guide } from './search/guide.ts';
import type { SearchStatus } from './search/improve.ts';
import { search as runSearch } from './search/schedule.ts';
import { toPlan } from './search/output.ts';
import { packSeries } from './search/seriesPacking.ts';
import { State } from './search/state.ts';

/**
 * The guide LP in flow form is highly degenerate: dual simplex needs minutes at Bergen scale where the
 * interior point method takes about 9 s (measured, search/guideFlow.ts).
 */
const GUIDE_HIGHS = { lpSolver: 'ipm', presolve: 'off' } as const;

/** Share of the time limit the series packing MILP may take (search/seriesPacking.ts). */
const SERIES_PACKING_SHARE = 0.2;
/** With an iteration budget each packing MILP stops at this many nodes instead of a clock. */
const SERIES_PACKING_NODES = 500;

export interface SolveProgress {
  phase: 'guide' | 'construct' | 'search' | 'done';
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
  /**
   * The engine of the aggregate model that gives requests their start days ('highs' by default,
   * 'jslp' for javascript-lp-solver), or 'none' to construct without it.
   */
  lp?: LpEngineName | 'none';
  /**
   * Exact re-placement of small windows (a few beds over a few weeks) by MILP with the same engine, in
   * rounds between late acceptance (default true; with HiGHS only: jsLPSolver has no node limit or warm
   * start, and stops at no clock inside a simplex).
   */
  windows?: boolean;
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

/**
 * Places every request and series occurrence on a bed: start days from the aggregate model, construction,
 * then local search until the time limit, the iteration budget or the signal. Pure (no I/O).
 */
export async function solve(instance: Instance, options: SolveOptions = {}): Promise<SolveResult> {
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  const timeLimit = options.timeLimitSeconds ?? 30;
  const weights = weightsSchema.parse(options.weights ?? {});
  const state = new State(compile(instance), weights);
  const requests = addRequests(state);
  const report = (
    phase: SolveProgress['phase'],
    iterations: number,
    bestScore: number,
    unplaced = state.items.filter((item) => !state.isPlaced(item.index)).length,
  ) =>
    options.onProgress?.({ phase, seconds: elapsed(), iterations, score: state.score, bestScore, unplaced });
  let guide: Guide = { starts: new Map(), classOf: new Map(), seconds: 0 };
  let engine: LpEngine | undefined;
  if ((options.lp ?? 'highs') !== 'none' && !options.signal?.aborted) {
    engine = await createEngine((options.lp ?? 'highs') as LpEngineName);
    guide =
      engine.name === 'highs'
        ? await guideFlow(state, requests, createHighsEngine(GUIDE_HIGHS), timeLimit / 2)
        : await guideStarts(state, requests, engine, timeLimit / 2);
    report('guide', 0, state.score);
  }
  const seriesChoices =
    engine?.name === 'highs' && !options.signal?.aborted
      ? await packSeries(
          state,
          engine,
          options.maxIterations === undefined
            ? { seconds: timeLimit * SERIES_PACKING_SHARE }
            : { nodeLimit: SERIES_PACKING_NODES },
        )
      : undefined;
  construct(state, requests, guide.starts, guide.classOf, seriesChoices);
  report('construct', 0, state.score);
  const search = await runSearch(state, {
    seed: options.seed ?? 1,
    deadline: started + timeLimit * 1000,
    maxIterations: options.maxIterations,
    signal: options.signal,
    engine: options.windows === false || engine?.name !== 'highs' ? undefined : engine,
    onProgress: (iterations, bestScore) => report('search', iterations, bestScore),
  });
  const seconds = elapsed();
  const plan = toPlan(state, {
    solver: 'sengeplan',
    status: search.status,
    score: state.score,
    iterations: search.iterations,
    seconds,
  });
  report('done', search.iterations, state.score, plan.unplaced.length);
  return { status: search.status, plan, score: state.score, iterations: search.iterations, seconds };
}
