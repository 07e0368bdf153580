/**
 * A small, engine-neutral MILP/LP interface: one sparse problem in typed arrays, one solution shape, and
 * engines that turn the first into the second. Solver outcomes (infeasible, unbounded, time limit, a
 * numerical failure) come back as a status value; an engine never throws for them.
 *
 *   optimise (sense) colCost · x
 *   subject to rowLower <= A x <= rowUpper,  colLower <= x <= colUpper,  x_j integer where integrality[j] = 1
 *
 * Bounds may be ±Infinity. A is stored column-wise (CSC): the entries of column j are
 * aIndex[aStart[j] .. aStart[j+1]) (row numbers, no repeats within a column) with values aValue[...].
 */

export type LpSense = 'max' | 'min';

export interface LpProblem {
  sense: LpSense;
  numCols: number;
  numRows: number;
  colCost: Float64Array;
  colLower: Float64Array;
  colUpper: Float64Array;
  /** 1 = integer column, 0 = continuous. */
  integrality: Uint8Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
  /** CSC column starts, length numCols + 1. */
  aStart: Int32Array;
  /** Row index of each entry. */
  aIndex: Int32Array;
  aValue: Float64Array;
  colNames?: string[];
}

export type LpStatus = 'optimal' | 'feasible' | 'infeasible' | 'unbounded' | 'timeLimit' | 'error';

export interface LpSolution {
  /**
   * optimal: proven optimal (for a MIP: within `mipRelGap`). feasible: a solution, stopped by a limit other
   * than time. timeLimit: stopped by the time limit, with or without a solution (see `values`).
   */
  status: LpStatus;
  /**
   * Objective of `values`; NaN when there is no primal solution; +Infinity (max) or -Infinity (min) for
   * 'unbounded'.
   */
  objective: number;
  /** One value per column when a primal solution is known, otherwise empty (length 0). */
  values: Float64Array;
  /**
   * A proven bound on the optimum in the direction of optimisation (an upper bound when maximising), where
   * the engine can give one: the MIP dual bound, or for an LP the Lagrangian bound of the engine's row duals
   * (`lagrangianBound`), which is valid whatever state the solve stopped in.
   */
  bestBound?: number;
  /** Row duals, when the engine reports them (LPs only); sign convention of the engine. */
  rowDuals?: Float64Array;
  message?: string;
  /** Wall-clock seconds of the solve, model building included. */
  seconds: number;
  /** The work the engine did, where it reports it: the units its work limits count in. */
  work?: LpWork;
}

/** Iterations and nodes of one solve (HiGHS's counters). */
export interface LpWork {
  simplexIterations: number;
  ipmIterations: number;
  crossoverIterations: number;
  nodes: number;
}

export interface LpSolveOptions {
  /** Wall-clock limit; engines honour it only at their own checkpoints (see each engine). */
  timeLimitSeconds?: number;
  /** Relative MIP gap at which a MIP counts as solved. Default 0: prove optimality. */
  mipRelGap?: number;
  /** A start for a MIP (one value per column), e.g. a greedy plan; ignored where the engine has no use. */
  initialSolution?: Float64Array;
  /** At most this many branch-and-bound nodes (a MIP); unlike a time limit, the same on every machine. */
  nodeLimit?: number;
  /**
   * At most this many iterations of the LP algorithm (simplex, or interior point), a limit that, unlike a
   * time limit, stops at the same point on every machine. Engines without one ignore it.
   */
  iterationLimit?: number;
}

export type LpEngineName = 'highs' | 'jslp';

export interface LpEngine {
  name: LpEngineName;
  solve(problem: LpProblem, options?: LpSolveOptions): Promise<LpSolution>;
}

/** A growable typed array: amortised O(1) push, no quadratic copying. */
class Growable<T extends Float64Array | Int32Array> {
  length = 0;
  constructor(
    public data: T,
    private readonly make: (n: number) => T,
  ) {}
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = this.make(Math.max(16, this.data.length * 2));
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
  trimmed(): T {
    return this.data.slice(0, this.length) as T;
  }
}

const f64 = (n: number) => new Float64Array(n);
const i32 = (n: number) => new Int32Array(n);

export interface ColumnSpec {
  cost?: number;
  lower?: number;
  upper?: number;
  integer?: boolean;
  name?: string;
}

/**
 * Builds an LpProblem a column or a row at a time. Entries are kept as triplets and sorted into CSC once,
 * in `build()`; entries given twice for one (row, column) are added together.
 */
export class LpBuilder {
  private readonly cost = new Growable(f64(64), f64);
  private readonly colLo = new Growable(f64(64), f64);
  private readonly colHi = new Growable(f64(64), f64);
  private readonly integer = new Growable(i32(64), i32);
  private readonly rowLo = new Growable(f64(64), f64);
  private readonly rowHi = new Growable(f64(64), f64);
  private readonly entryRow = new Growable(i32(256), i32);
  private readonly entryCol = new Growable(i32(256), i32);
  private readonly entryValue = new Growable(f64(256), f64);
  private names: string[] | undefined;

  constructor(readonly sense: LpSense) {}

  get numCols(): number {
    return this.cost.length;
  }

  get numRows(): number {
    return this.rowLo.length;
  }

  /** A new column (default: cost 0, bounds [0, +Infinity), continuous); returns its index. */
  addColumn(spec: ColumnSpec = {}): number {
    const index = this.cost.length;
    const lower = spec.lower ?? 0;
    const upper = spec.upper ?? Infinity;
    if (Number.isNaN(lower) || Number.isNaN(upper) || lower > upper)
      throw new Error(`column ${index}: bounds [${lower}, ${upper}] are empty or not numbers`);
    this.cost.push(spec.cost ?? 0);
    this.colLo.push(lower);
    this.colHi.push(upper);
    this.integer.push(spec.integer ? 1 : 0);
    if (spec.name !== undefined || this.names !== undefined) {
      this.names ??= Array.from({ length: index }, (_, j) => `x${j}`);
      this.names.push(spec.name ?? `x${index}`);
    }
    return index;
  }

  /** A new row lower <= Σ values[k]·x[columns[k]] <= upper; returns its index. */
  addRow(
    lower: number,
    upper: number,
    columns: ArrayLike<number> = [],
    values: ArrayLike<number> = [],
  ): number {
    if (columns.length !== values.length) throw new Error('addRow: columns and values differ in length');
    if (Number.isNaN(lower) || Number.isNaN(upper)) throw new Error('addRow: a bound is not a number');
    const row = this.rowLo.length;
    this.rowLo.push(lower);
    this.rowHi.push(upper);
    for (let k = 0; k < columns.length; k++) this.addEntry(row, columns[k] as number, values[k] as number);
    return row;
  }

  /** Adds value to the coefficient of column `col` in row `row` (both must exist already). */
  addEntry(row: number, col: number, value: number): void {
    if (row < 0 || row >= this.rowLo.length || col < 0 || col >= this.cost.length)
      throw new Error(`addEntry: no row ${row} or column ${col}`);
    if (value === 0) return;
    this.entryRow.push(row);
    this.entryCol.push(col);
    this.entryValue.push(value);
  }

  setCost(col: number, cost: number): void {
    if (col < 0 || col >= this.cost.length) throw new Error(`setCost: no column ${col}`);
    this.cost.data[col] = cost;
  }

  build(): LpProblem {
    const numCols = this.cost.length;
    const numRows = this.rowLo.length;
    const n = this.entryRow.length;
    const rows = this.entryRow.data;
    const cols = this.entryCol.data;
    const vals = this.entryValue.data;
    // Counting sort by column (stable), then merge repeated rows within each column.
    const count = new Int32Array(numCols + 1);
    for (let k = 0; k < n; k++) count[(cols[k] as number) + 1]!++;
    for (let j = 0; j < numCols; j++) count[j + 1]! += count[j]!;
    const next = count.slice(0, numCols);
    const sortedRow = new Int32Array(n);
    const sortedVal = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      const at = next[cols[k] as number]!++;
      sortedRow[at] = rows[k] as number;
      sortedVal[at] = vals[k] as number;
    }
    const aStart = new Int32Array(numCols + 1);
    const aIndex = new Int32Array(n);
    const aValue = new Float64Array(n);
    const seenIn = new Int32Array(numRows).fill(-1);
    const position = new Int32Array(numRows);
    let out = 0;
    for (let j = 0; j < numCols; j++) {
      aStart[j] = out;
      for (let k = count[j]!; k < count[j + 1]!; k++) {
        const row = sortedRow[k]!;
        if (seenIn[row] === j) {
          aValue[position[row]!]! += sortedVal[k]!;
        } else {
          seenIn[row] = j;
          position[row] = out;
          aIndex[out] = row;
          aValue[out] = sortedVal[k]!;
          out++;
        }
      }
    }
    aStart[numCols] = out;
    const integrality = new Uint8Array(numCols);
    for (let j = 0; j < numCols; j++) integrality[j] = this.integer.data[j]!;
    const problem: LpProblem = {
      sense: this.sense,
      numCols,
      numRows,
      colCost: this.cost.trimmed(),
      colLower: this.colLo.trimmed(),
      colUpper: this.colHi.trimmed(),
      integrality,
      rowLower: this.rowLo.trimmed(),
      rowUpper: this.rowHi.trimmed(),
      aStart,
      aIndex: aIndex.slice(0, out),
      aValue: aValue.slice(0, out),
    };
    if (this.names !== undefined) problem.colNames = [...this.names];
    return problem;
  }
}

/** Σ colCost·values. */
export function objectiveOf(problem: LpProblem, values: ArrayLike<number>): number {
  let total = 0;
  for (let j = 0; j < problem.numCols; j++) total += problem.colCost[j]! * (values[j] as number);
  return total;
}

/**
 * A bound on the LP relaxation's optimum from any row multipliers y (Lagrangian / weak duality): for a max
 * problem c·x = y·Ax + (c - Aᵀy)·x <= Σ_i max over r in [rowLower_i, rowUpper_i] of y_i·r
 * + Σ_j max over x_j in [colLower_j, colUpper_j] of (c - Aᵀy)_j·x_j. It holds for EVERY y, so it needs no
 * trust in the engine's optimality or sign convention: a poor y only gives a weak (possibly infinite)
 * bound. For a min problem the same with min, giving a lower bound. Exact when every column and row side
 * that a non-zero term meets is finite; otherwise terms within `zero` of 0 are dropped (see termMax).
 * Rounding in the sums is the only other error.
 */
export function lagrangianBound(problem: LpProblem, y: ArrayLike<number>, zero = 1e-9): number {
  const sign = problem.sense === 'max' ? 1 : -1;
  // Work on the max form: maximise sign·c·x.
  // A multiplier or reduced cost within `zero` of 0 on an infinite side counts as 0: engines return duals
  // with rounding noise, and without this a free row or an unbounded column would make every bound infinite.
  const termMax = (coef: number, lower: number, upper: number): number => {
    if (coef > 0) return upper !== Infinity ? coef * upper : coef <= zero ? 0 : Infinity;
    if (coef < 0) return lower !== -Infinity ? coef * lower : -coef <= zero ? 0 : Infinity;
    return 0;
  };
  // The multipliers in max form, projected onto the signs a one-sided row allows (a multiplier of the
  // wrong sign on a row without that side can only make the bound infinite; 0 is as valid a choice).
  const ym = new Float64Array(problem.numRows);
  let bound = 0;
  for (let i = 0; i < problem.numRows; i++) {
    let yi = sign * (y[i] as number);
    if (problem.rowUpper[i] === Infinity && yi > 0) yi = 0;
    if (problem.rowLower[i] === -Infinity && yi < 0) yi = 0;
    ym[i] = yi;
    bound += termMax(yi, problem.rowLower[i]!, problem.rowUpper[i]!);
  }
  for (let j = 0; j < problem.numCols; j++) {
    let reduced = sign * problem.colCost[j]!;
    for (let k = problem.aStart[j]!; k < problem.aStart[j + 1]!; k++)
      reduced -= ym[problem.aIndex[k]!]! * problem.aValue[k]!;
    bound += termMax(reduced, problem.colLower[j]!, problem.colUpper[j]!);
  }
  return sign * bound;
}
