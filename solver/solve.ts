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
import { PhaseLog, type PhaseRecord } from './search/phases.ts';
import { State } from './search/state.ts';

/**
 * The guide LP in flow form is highly degenerate: dual simplex needs minutes at Bergen scale where the
 * interior point method takes about 9 s (measured, search/guideFlow.ts).
 */
const GUIDE_HIGHS = { lpSolver: 'ipm', presolve: 'off' } as const;

/**
 * Work limits of the exact steps before the search, the same on every machine, so that a seed gives the
 * same first plan however busy the machine is: the guide's interior point iterations per part (Bergen's
 * largest part needs about 70) and the nodes of each series packing MILP. Their clock is only a safety
 * net at the whole time limit.
 */
const GUIDE_IPM_ITERATIONS = 400;
const SERIES_PACKING_NODES = 1;
/**
 * The packing MILPs start from a greedy packing and stop at their root, so HiGHS's root heuristics,
 * restarts and symmetry detection add little but time: without them Bergen's packing took 69 s where it
 * took 95 s (root only, both on a machine loaded 10 to 12).
 */
const PACKING_HIGHS = {
  extra: { mip_heuristic_effort: 0, mip_allow_restart: false, mip_detect_symmetry: false },
} as const;

/** The default point between filling beds and no hospital waits (SolveOptions.hospitalFirst). */
export const DEFAULT_HOSPITAL_FIRST = 0.5;

/** The weights with a hospital waiting day scaled by 100 to the power of `hospitalFirst` (0..1). */
export function withHospitalFirst(weights: Weights, hospitalFirst: number): Weights {
  const h = Math.min(1, Math.max(0, hospitalFirst));
  return { ...weights, hospitalWaitDay: weights.hospitalWaitDay * 100 ** h };
}

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
   * Between filling beds (0: a hospital discharge's waiting day weighs what it costs the municipality,
   * `hospitalWaitDay`) and no hospital discharge waits (1: a hundred times that, far more than any night
   * of a stay is worth). Scales `hospitalWaitDay` by 100 to the power of the value; the default, 0.5 (ten
   * times), keeps hospital waiting at about firstfit's while filling more beds than it.
   */
  hospitalFirst?: number;
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
  /** Per phase, the score and bed-nights it started and ended with (search/phases.ts). */
  phases: PhaseRecord[];
}

/**
 * Places every request and series occurrence on a bed: start days from the aggregate model, construction,
 * then local search until the time limit, the iteration budget or the signal. Pure (no I/O).
 */
export async function solve(instance: Instance, options: SolveOptions = {}): Promise<SolveResult> {
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  const timeLimit = options.timeLimitSeconds ?? 30;
  // The exact steps' safety clock: the time left, or none with an iteration budget (the same plan anywhere).
  const left = () => (options.maxIterations === undefined ? Math.max(0.1, timeLimit - elapsed()) : Infinity);
  const weights = withHospitalFirst(
    weightsSchema.parse(options.weights ?? {}),
    options.hospitalFirst ?? DEFAULT_HOSPITAL_FIRST,
  );
  const state = new State(compile(instance), weights);
  const requests = addRequests(state);
  const phases = new PhaseLog(state);
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
    const lp = engine;
    guide = await phases.run('guide', () =>
      lp.name === 'highs'
        ? guideFlow(state, requests, createHighsEngine(GUIDE_HIGHS), left(), GUIDE_IPM_ITERATIONS)
        : guideStarts(state, requests, lp, timeLimit / 2),
    );
    report('guide', 0, state.score);
  }
  const seriesChoices =
    engine?.name === 'highs' && !options.signal?.aborted
      ? await phases.run('seriesPacking', () =>
          packSeries(state, createHighsEngine(PACKING_HIGHS), {
            nodeLimit: SERIES_PACKING_NODES,
            seconds: left(),
          }),
        )
      : undefined;
  await phases.run('construction', () =>
    construct(state, requests, guide.starts, guide.classOf, seriesChoices),
  );
  report('construct', 0, state.score);
  const search = await runSearch(state, {
    seed: options.seed ?? 1,
    deadline: started + timeLimit * 1000,
    maxIterations: options.maxIterations,
    signal: options.signal,
    engine: options.windows === false || engine?.name !== 'highs' ? undefined : engine,
    onProgress: (iterations, bestScore) => report('search', iterations, bestScore),
    phases,
  });
  const seconds = elapsed();
  const plan = toPlan(state, {
    solver: 'sengeplan',
    status: search.status,
    score: state.score,
    iterations: search.iterations,
    seconds,
    phases: phases.list(),
  });
  report('done', search.iterations, state.score, plan.unplaced.length);
  return {
    status: search.status,
    plan,
    score: state.score,
    iterations: search.iterations,
    seconds,
    phases: phases.list(),
  };
}
