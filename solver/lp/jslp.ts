/**
 * The javascript-lp-solver engine ("jsLPSolver"): pure JavaScript, dense simplex tableau plus
 * branch-and-cut. It takes a JSON model of named variables and constraints, so the sparse problem is
 * converted: column j is variable `x<j>`, row i constraint `r<i>`, and column bounds other than [0, +Inf)
 * become single-variable constraints `b<j>` (jsLPSolver variables are >= 0 unless `unrestricted`).
 *
 * Limits of this engine, measured or read in its source (v1.0.3):
 * - The tableau is dense (rows x columns doubles): memory and time grow with the product, so only small
 *   and medium problems are practical.
 * - The timeout (`timeLimitSeconds`) is checked only between branch-and-cut nodes. A single LP (simplex)
 *   step is never interrupted, so an LP, or the root relaxation of a MIP, runs to the end however long it
 *   takes. When a MIP stops on the timeout the status is 'timeLimit' (with the incumbent, if any).
 * - Its simplex can stop early and still call the result optimal: on degenerate LPs its anti-cycling
 *   (Bland's rule, then "no progress for a while: accept") ends at a basis that is not optimal, and its
 *   cycle detector can report a feasible LP as infeasible. So for an LP this engine reads row multipliers
 *   from the final tableau (internal fields of v1.0.3, checked before use) and computes the Lagrangian
 *   bound (`lagrangianBound`): `bestBound` is then a proven bound, and an objective short of it turns the
 *   status into 'feasible' with a message. A cycling report gives 'error', not 'infeasible'.
 * - It gives no MIP dual bound: for a MIP `bestBound` is the objective when the search ended.
 * - `mipRelGap` maps to its `tolerance` option; `initialSolution` is ignored (it takes no start).
 * - It reports values rounded to its precision (1e-9).
 */
import solver, { type Model as JsModel } from 'javascript-lp-solver';
import {
  lagrangianBound,
  type LpEngine,
  type LpProblem,
  type LpSolution,
  type LpSolveOptions,
} from './types.ts';

const OBJECTIVE = '__objective';

type Bound = { min?: number; max?: number; equal?: number };

function bound(lower: number, upper: number): Bound | undefined {
  if (lower === upper) return { equal: lower };
  const b: Bound = {};
  if (lower !== -Infinity) b.min = lower;
  if (upper !== Infinity) b.max = upper;
  return b.min === undefined && b.max === undefined ? undefined : b;
}

/**
 * Columns whose upper bound a row already implies: a row Σ a·x <= b (no lower side) whose entries are all
 * positive on columns bounded below by 0 gives x_j <= b / a_j. jsLPSolver's tableau is dense and every
 * bound is a row in it, so leaving out implied bounds saves a row each (the model stays the same).
 */
function impliedUpper(problem: LpProblem): Uint8Array {
  const rowOk = new Uint8Array(problem.numRows).fill(1);
  for (let i = 0; i < problem.numRows; i++)
    if (problem.rowLower[i] !== -Infinity || !(problem.rowUpper[i]! >= 0)) rowOk[i] = 0;
  for (let j = 0; j < problem.numCols; j++) {
    const nonNegative = problem.colLower[j]! >= 0;
    for (let k = problem.aStart[j]!; k < problem.aStart[j + 1]!; k++)
      if (!nonNegative || !(problem.aValue[k]! > 0)) rowOk[problem.aIndex[k]!] = 0;
  }
  const implied = new Uint8Array(problem.numCols);
  for (let j = 0; j < problem.numCols; j++) {
    const upper = problem.colUpper[j]!;
    if (upper === Infinity || problem.integrality[j] === 1) continue;
    for (let k = problem.aStart[j]!; k < problem.aStart[j + 1]!; k++) {
      const i = problem.aIndex[k]!;
      if (rowOk[i] === 1 && problem.rowUpper[i]! / problem.aValue[k]! <= upper) {
        implied[j] = 1;
        break;
      }
    }
  }
  return implied;
}

/** The problem as a jsLPSolver JSON model. */
export function toJsModel(problem: LpProblem, options: LpSolveOptions = {}): JsModel {
  const implied = impliedUpper(problem);
  const constraints: Record<string, Bound> = {};
  const variables: Record<string, Record<string, number>> = {};
  const ints: Record<string, 1> = {};
  const unrestricted: Record<string, 1> = {};
  for (let i = 0; i < problem.numRows; i++) {
    const b = bound(problem.rowLower[i]!, problem.rowUpper[i]!);
    if (b !== undefined) constraints[`r${i}`] = b;
  }
  for (let j = 0; j < problem.numCols; j++) {
    const name = `x${j}`;
    const coefficients: Record<string, number> = {};
    const cost = problem.colCost[j]!;
    if (cost !== 0) coefficients[OBJECTIVE] = cost;
    for (let k = problem.aStart[j]!; k < problem.aStart[j + 1]!; k++) {
      const row = `r${problem.aIndex[k]!}`;
      if (constraints[row] !== undefined) coefficients[row] = problem.aValue[k]!;
    }
    const lower = problem.colLower[j]!;
    const upper = implied[j] === 1 ? Infinity : problem.colUpper[j]!;
    if (lower < 0) unrestricted[name] = 1;
    if (lower !== 0 || upper !== Infinity) {
      const b = bound(lower === 0 ? -Infinity : lower, upper);
      if (b !== undefined) {
        constraints[`b${j}`] = b;
        coefficients[`b${j}`] = 1;
      }
    }
    if (problem.integrality[j] === 1) ints[name] = 1;
    variables[name] = coefficients;
  }
  const model: JsModel = {
    optimize: OBJECTIVE,
    opType: problem.sense,
    constraints,
    variables,
    ints,
    unrestricted,
    options: { presolve: false },
  };
  if (options.mipRelGap !== undefined && options.mipRelGap > 0) model.tolerance = options.mipRelGap;
  if (options.timeLimitSeconds !== undefined)
    model.timeout = Math.max(1, Math.round(options.timeLimitSeconds * 1000));
  return model;
}

/** The internals of jsLPSolver v1.0.3 that the dual certificate reads (not part of its typed API). */
interface JsInternals {
  solution: {
    feasible: boolean;
    evaluation: number;
    bounded: boolean;
    solutionSet: Record<string, number | undefined>;
    _tableau?: { matrix?: Float64Array; colByVarIndex?: ArrayLike<number>; __isIntegral?: boolean };
  };
  model: {
    constraints?: { isUpperBound: boolean; rhs: number; slack: { index: number } }[];
    messages?: unknown[];
  };
}

/**
 * Row multipliers from jsLPSolver's final tableau: the cost-row entry of each constraint's slack column
 * (0 for a basic slack). toJsModel creates, in order, for each bounded row its `min` then its `max`
 * constraint, and after them the column-bound constraints; the order is checked against each constraint's
 * side and right-hand side, and any mismatch gives no multipliers. Returned per row as the multiplier of
 * the `max` side and of the `min` side, in the tableau's sign.
 */
function tableauDuals(
  problem: LpProblem,
  internals: JsInternals,
): { upper: Float64Array; lower: Float64Array } | undefined {
  const constraints = internals.model.constraints;
  const matrix = internals.solution._tableau?.matrix;
  const colOf = internals.solution._tableau?.colByVarIndex;
  if (!constraints || !matrix || !colOf) return undefined;
  const upper = new Float64Array(problem.numRows);
  const lower = new Float64Array(problem.numRows);
  let at = 0;
  const dual = (isUpperBound: boolean, rhs: number): number | undefined => {
    const c = constraints[at++];
    if (c === undefined || c.isUpperBound !== isUpperBound || c.rhs !== rhs) return undefined;
    const col = colOf[c.slack.index];
    if (col === undefined) return undefined;
    return col >= 0 ? (matrix[col] ?? 0) : 0;
  };
  for (let i = 0; i < problem.numRows; i++) {
    const b = bound(problem.rowLower[i]!, problem.rowUpper[i]!);
    if (b === undefined) continue;
    const lo = b.equal ?? b.min;
    const hi = b.equal ?? b.max;
    if (lo !== undefined) {
      const d = dual(false, lo);
      if (d === undefined) return undefined;
      lower[i] = d;
    }
    if (hi !== undefined) {
      const d = dual(true, hi);
      if (d === undefined) return undefined;
      upper[i] = d;
    }
  }
  return { upper, lower };
}

/** The best Lagrangian bound over the four sign readings of the tableau multipliers (each one is valid). */
function certify(
  problem: LpProblem,
  duals: { upper: Float64Array; lower: Float64Array },
): { bound: number; y: Float64Array } {
  let best: { bound: number; y: Float64Array } | undefined;
  for (const su of [1, -1]) {
    for (const sl of [1, -1]) {
      const y = new Float64Array(problem.numRows);
      for (let i = 0; i < problem.numRows; i++) y[i] = su * duals.upper[i]! + sl * duals.lower[i]!;
      const bound = lagrangianBound(problem, y);
      const better =
        best === undefined || (problem.sense === 'max' ? bound < best.bound : bound > best.bound);
      if (better) best = { bound, y };
    }
  }
  return best!;
}

function empty(status: LpSolution['status'], seconds: number, message?: string): LpSolution {
  const solution: LpSolution = { status, objective: NaN, values: new Float64Array(0), seconds };
  if (message !== undefined) solution.message = message;
  return solution;
}

export class JslpEngine implements LpEngine {
  readonly name = 'jslp' as const;

  async solve(problem: LpProblem, options: LpSolveOptions = {}): Promise<LpSolution> {
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    const mip = problem.integrality.some((v) => v === 1);
    let internals: JsInternals;
    try {
      const solution = solver.Solve(toJsModel(problem, options), undefined, true) as JsInternals['solution'];
      const model = (solver as unknown as { lastSolvedModel: JsInternals['model'] | null }).lastSolvedModel;
      internals = { solution, model: model ?? {} };
    } catch (error) {
      return empty(
        'error',
        seconds(),
        `jsLPSolver failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    const elapsed = seconds();
    const { solution } = internals;
    const cycled = (internals.model.messages ?? []).some(
      (m) => typeof m === 'string' && m.startsWith('Cycle'),
    );
    if (solution.bounded === false) {
      return {
        status: 'unbounded',
        objective: problem.sense === 'max' ? Infinity : -Infinity,
        values: new Float64Array(0),
        seconds: elapsed,
      };
    }
    const timedOut = mip && options.timeLimitSeconds !== undefined && elapsed >= options.timeLimitSeconds;
    const integral = !mip || solution._tableau?.__isIntegral === true;
    if (!solution.feasible || !integral) {
      if (cycled) return empty('error', elapsed, 'jsLPSolver gave up on a cycling simplex');
      return empty(timedOut ? 'timeLimit' : 'infeasible', elapsed);
    }
    const values = new Float64Array(problem.numCols);
    for (let j = 0; j < problem.numCols; j++) {
      const v = solution.solutionSet[`x${j}`];
      values[j] = typeof v === 'number' ? v : 0;
    }
    const objective = solution.evaluation;
    const result: LpSolution = {
      status: timedOut ? 'timeLimit' : 'optimal',
      objective,
      values,
      seconds: elapsed,
    };
    if (mip) {
      if (!timedOut) result.bestBound = objective;
      return result;
    }
    const duals = tableauDuals(problem, internals);
    if (duals === undefined) {
      result.message = 'no row duals from the jsLPSolver tableau; optimality not certified';
      return result;
    }
    const { bound, y } = certify(problem, duals);
    result.rowDuals = y;
    if (Number.isFinite(bound)) result.bestBound = bound;
    // Its anti-cycling can end the simplex at a basis that is not optimal and still call it optimal.
    const gap = problem.sense === 'max' ? bound - objective : objective - bound;
    if (!(gap <= 1e-6 * Math.max(1, Math.abs(objective)))) {
      result.status = 'feasible';
      result.message = `jsLPSolver stopped at a basis that is not optimal (objective ${objective}, dual bound ${bound})`;
    }
    return result;
  }
}

export function createJslpEngine(): JslpEngine {
  return new JslpEngine();
}
