/**
 * The HiGHS engine (the `highs` package: HiGHS compiled to WebAssembly, single-threaded).
 *
 * - The WASM module is loaded once per process (the promise is memoised; a failed load is retried).
 * - The model goes in through the persistent `createModel` API as sparse CSC arrays; the LP-text `solve`
 *   path parses text and is far slower on large models.
 * - `run()` is synchronous: it blocks the JavaScript thread for the whole solve, so `solve()` returns a
 *   promise only for the interface's sake. Run big solves in a worker if the thread must stay responsive.
 * - `time_limit` is checked at HiGHS's own checkpoints and can overshoot by seconds on large models.
 * - `mip_rel_gap` is always set (default 0 here, HiGHS's own 1e-4 would hide small penalties).
 * - `solver: 'simplex' | 'ipm'` tells HiGHS to solve the LP relaxation and ignore integrality, so the
 *   engine applies it only to problems without integer columns.
 * - HiGHS output is silenced (`output_flag: false`).
 */
import highsLoader, { type Highs, type Model, type ModelStatusCode, type OptionValue } from 'highs';
import {
  lagrangianBound,
  type LpEngine,
  type LpProblem,
  type LpSolution,
  type LpSolveOptions,
  type LpStatus,
} from './types.ts';

let loading: Promise<Highs> | undefined;

/** The HiGHS runtime, loaded on first use and shared by every engine in the process. */
export function loadHighs(): Promise<Highs> {
  if (loading === undefined) {
    loading = highsLoader().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  }
  return loading;
}

export interface HighsEngineOptions {
  /** LP algorithm for problems without integer columns; MIPs always use HiGHS's MIP solver. */
  lpSolver?: 'choose' | 'simplex' | 'ipm';
  presolve?: 'choose' | 'on' | 'off';
  /** Any further HiGHS options by their snake_case names (applied last). */
  extra?: Readonly<Record<string, OptionValue>>;
}

/**
 * Defaults measured on the bed-night bound LPs (solver/bound, fixtures small and bergen): dual simplex
 * without presolve was the fastest exact setting (IPM about even, presolve cost 10-30 %, primal simplex
 * 4-10x slower, PDLP ended without an optimal status).
 */
export const defaultHighsOptions: Required<Omit<HighsEngineOptions, 'extra'>> = {
  lpSolver: 'simplex',
  presolve: 'off',
};

const STATUS = {
  notSet: 0,
  loadError: 1,
  modelError: 2,
  presolveError: 3,
  solveError: 4,
  postsolveError: 5,
  modelEmpty: 6,
  optimal: 7,
  infeasible: 8,
  unboundedOrInfeasible: 9,
  unbounded: 10,
  objectiveBound: 11,
  objectiveTarget: 12,
  timeLimit: 13,
  iterationLimit: 14,
  unknown: 15,
  solutionLimit: 16,
  interrupt: 17,
} as const satisfies Record<string, ModelStatusCode>;

const SOLUTION_FEASIBLE = 2;

function hasIntegers(problem: LpProblem): boolean {
  return problem.integrality.some((v) => v === 1);
}

function infoNumber(model: Model, name: string): number | undefined {
  try {
    const value = model.info.get(name);
    return typeof value === 'bigint' ? Number(value) : value;
  } catch {
    return undefined;
  }
}

function createModel(highs: Highs, problem: LpProblem): Model {
  const mip = hasIntegers(problem);
  return highs.createModel({
    numCols: problem.numCols,
    numRows: problem.numRows,
    sense:
      problem.sense === 'max'
        ? highs.constants.objectiveSense.maximize
        : highs.constants.objectiveSense.minimize,
    colCost: problem.colCost,
    colLower: problem.colLower,
    colUpper: problem.colUpper,
    rowLower: problem.rowLower,
    rowUpper: problem.rowUpper,
    matrix: {
      format: 'csc',
      numRows: problem.numRows,
      numCols: problem.numCols,
      starts: problem.aStart,
      indices: problem.aIndex,
      values: problem.aValue,
    },
    ...(mip ? { integrality: Int32Array.from(problem.integrality) } : {}),
  });
}

interface RunOutcome {
  code: ModelStatusCode;
  model: Model;
}

export class HighsEngine implements LpEngine {
  readonly name = 'highs' as const;
  private readonly settings: HighsEngineOptions;

  constructor(settings: HighsEngineOptions = {}) {
    this.settings = { ...defaultHighsOptions, ...settings };
  }

  async solve(problem: LpProblem, options: LpSolveOptions = {}): Promise<LpSolution> {
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    let highs: Highs;
    try {
      highs = await loadHighs();
    } catch (error) {
      return failure(`could not load HiGHS: ${String(error)}`, seconds());
    }
    const mip = hasIntegers(problem);
    const models: Model[] = [];
    try {
      const run = (presolve: string | undefined): RunOutcome => {
        const model = createModel(highs, problem);
        models.push(model);
        model.options.set(this.optionsFor(mip, options, seconds(), presolve));
        if (mip && options.initialSolution !== undefined) {
          if (options.initialSolution.length !== problem.numCols)
            throw new Error(
              `initialSolution has ${options.initialSolution.length} values for ${problem.numCols} columns`,
            );
          model.setSolution({ colValue: options.initialSolution });
        }
        model.run();
        return { code: model.getModelStatus(), model };
      };
      let outcome = run(undefined);
      // Presolve may only find "infeasible or unbounded"; without it HiGHS tells which.
      if (outcome.code === STATUS.unboundedOrInfeasible) outcome = run('off');
      return this.read(problem, outcome, mip, seconds());
    } catch (error) {
      return failure(`HiGHS failed: ${error instanceof Error ? error.message : String(error)}`, seconds());
    } finally {
      for (const model of models) model.dispose();
    }
  }

  private optionsFor(
    mip: boolean,
    options: LpSolveOptions,
    elapsed: number,
    presolve: string | undefined,
  ): Record<string, OptionValue> {
    const values: Record<string, OptionValue> = {
      output_flag: false,
      presolve: presolve ?? this.settings.presolve ?? 'choose',
      mip_rel_gap: options.mipRelGap ?? 0,
    };
    if (!mip) values.solver = this.settings.lpSolver ?? 'choose';
    if (mip && options.nodeLimit !== undefined) values.mip_max_nodes = options.nodeLimit;
    if (options.iterationLimit !== undefined) {
      values.simplex_iteration_limit = options.iterationLimit;
      values.ipm_iteration_limit = options.iterationLimit;
    }
    if (options.timeLimitSeconds !== undefined)
      values.time_limit = Math.max(0.001, options.timeLimitSeconds - elapsed);
    return { ...values, ...this.settings.extra };
  }

  private read(problem: LpProblem, outcome: RunOutcome, mip: boolean, seconds: number): LpSolution {
    const { code, model } = outcome;
    const primalFeasible = infoNumber(model, 'primal_solution_status') === SOLUTION_FEASIBLE;
    let solution: { colValue: Float64Array; rowDual: Float64Array };
    try {
      solution = model.getSolution();
    } catch {
      solution = { colValue: new Float64Array(0), rowDual: new Float64Array(0) };
    }
    const withValues = primalFeasible && solution.colValue.length === problem.numCols;
    const values = withValues ? solution.colValue : new Float64Array(0);
    const objective = withValues ? model.getObjectiveValue() : NaN;
    let status: LpStatus;
    let message: string | undefined;
    switch (code) {
      case STATUS.optimal:
        status = 'optimal';
        break;
      case STATUS.modelEmpty:
        status = 'optimal';
        break;
      case STATUS.infeasible:
        status = 'infeasible';
        break;
      case STATUS.unbounded:
        status = 'unbounded';
        break;
      case STATUS.unboundedOrInfeasible:
        // Only after the retry without presolve (solve()), which normally tells the two apart.
        status = 'error';
        message = 'HiGHS could not tell whether the model is infeasible or unbounded';
        break;
      case STATUS.timeLimit:
        status = 'timeLimit';
        break;
      case STATUS.iterationLimit:
      case STATUS.solutionLimit:
      case STATUS.objectiveBound:
      case STATUS.objectiveTarget:
      case STATUS.interrupt:
        status = withValues ? 'feasible' : 'error';
        message = `HiGHS stopped with model status ${code}`;
        break;
      default:
        status = 'error';
        message = `HiGHS model status ${code}`;
    }
    const result: LpSolution = {
      status,
      objective:
        status === 'unbounded'
          ? problem.sense === 'max'
            ? Infinity
            : -Infinity
          : status === 'optimal' && problem.numCols === 0
            ? 0
            : objective,
      values: status === 'unbounded' ? new Float64Array(0) : values,
      seconds,
    };
    if (message !== undefined) result.message = message;
    result.work = {
      simplexIterations: infoNumber(model, 'simplex_iteration_count') ?? 0,
      ipmIterations: infoNumber(model, 'ipm_iteration_count') ?? 0,
      crossoverIterations: infoNumber(model, 'crossover_iteration_count') ?? 0,
      nodes: mip ? (infoNumber(model, 'mip_node_count') ?? 0) : 0,
    };
    if (mip) {
      const dual = infoNumber(model, 'mip_dual_bound');
      if (dual !== undefined && Number.isFinite(dual)) result.bestBound = dual;
      else if (status === 'optimal') result.bestBound = objective;
    } else if (status !== 'infeasible' && status !== 'unbounded') {
      // Any multipliers give a valid bound, whatever state the solve ended in (a time limit, an interior
      // point without crossover): take the better of the two sign conventions.
      const duals = solution.rowDual;
      if (duals.length === problem.numRows) {
        result.rowDuals = duals;
        const negated = duals.map((v) => -v);
        const a = lagrangianBound(problem, duals);
        const b = lagrangianBound(problem, negated);
        const best = problem.sense === 'max' ? Math.min(a, b) : Math.max(a, b);
        if (Number.isFinite(best)) result.bestBound = best;
      }
    }
    return result;
  }
}

function failure(message: string, seconds: number): LpSolution {
  return { status: 'error', objective: NaN, values: new Float64Array(0), message, seconds };
}

export function createHighsEngine(settings?: HighsEngineOptions): HighsEngine {
  return new HighsEngine(settings);
}
