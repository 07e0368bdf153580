/**
 * A proven upper bound on the checker's `occupiedBedNights` for every valid plan of an instance.
 *
 * occupiedBedNights = fixedNights + floor(LP bound + 1e-6), where fixedNights are the horizon nights fixed
 * stays hold on beds that are not blocked (counted exactly as the checker counts them), and the LP (see
 * model.ts) is a relaxation of "place plan stays on the remaining free bed-nights":
 * - beds are aggregated into classes of equal tag sets; per class and night only the number of free beds
 *   counts, so which bed, turnover days, room sex, person overlap (one person, two stays) and pins are all
 *   relaxed away, and stays are fractional;
 * - a series keeps one anchor for all its occurrences (`tieSeries`, the default; model.ts), each
 *   occurrence within its flex of its pattern date and present only if the anchor lets it exist; with
 *   `tieSeries: false` occurrences are independent demands with the widest window any anchor allows;
 * - a stay may change class from night to night ('night', the default), which covers transfers.
 * Every valid plan gives a feasible LP point whose objective is its plan-stay nights in the horizon, and
 * plan stays never share a bed-night with a fixed stay (bedConflict) or sit on a blocked one (closure), so
 * the plan's occupied figure is at most fixedNights + the LP optimum; being an integer, at most the floor.
 *
 * The LP falls apart into independent parts (classes no demand links, e.g. rehab and korttid); each is
 * solved on its own and floored on its own (demands.ts, components).
 *
 * `method: 'mip'` solves each part again after the LP, with integer starts and anchors, under a time
 * budget per part, and takes the lower of the LP's bound and floor(the MIP's dual bound), which holds
 * however the MIP stops (a time limit included; with no finite dual bound the LP's stays). Integer starts
 * and anchors are exact for plans; the per-night class flows may stay continuous: for integer starts they
 * form a transportation problem with integer capacities, which has an integer solution when it has one.
 * Only HiGHS's MIP dual bound is used (jsLPSolver has none: its MIP "bound" rests on a simplex that may
 * stop short, so with it 'mip' gives the LP bound). That dual bound is not re-certified here, unlike the
 * LP's: it is trusted up to HiGHS's tolerances, and can only lower the certified LP bound, never raise it.
 * Measured (fixtures small / bergen): the MIP lowers the bound by 7 / 0 bed-nights for 15 / 26 s more, so
 * 'lp' stays the default; the LP is already within 1 % of integer plans with transfers on Bergen.
 *
 * The LP's value is taken from the engine's dual certificate (`bestBound`: the Lagrangian bound of its row
 * multipliers, HiGHS's row duals or jsLPSolver's final tableau, valid for any multipliers, so also after a
 * time limit or a simplex that stopped short), else from an optimal objective. When the engine gives
 * neither, or only a certificate weaker than the trivial bound of demands.ts, that trivial bound is used.
 */
import type { Instance } from '../formats.ts';
import type { LpEngine, LpProblem, LpStatus } from '../lp/types.ts';
import { boundData, components, trivialBound, type BoundData } from './demands.ts';
import { buildBoundLp, type Relaxation } from './model.ts';

export type { Relaxation, BoundLpOptions } from './model.ts';
export {
  boundData,
  trivialBound,
  nightsInside,
  components,
  type BoundData,
  type BedClass,
  type DemandGroup,
  type SeriesDemand,
  type SeriesOccurrence,
  type BoundDataOptions,
} from './demands.ts';
export { buildBoundLp } from './model.ts';

/**
 * optimal: the LP was solved to optimality. dualBound: the engine stopped early (time limit) and the bound
 * comes from its dual certificate. fallback: no LP value to trust, or a certificate weaker than the
 * trivial bound; the trivial bound (demands.ts) is used. empty: no demand can use any bed.
 */
export type UpperBoundStatus = 'optimal' | 'dualBound' | 'fallback' | 'empty';

export type BoundMethod = 'lp' | 'mip';

/** What one independent part gave. */
export interface PartReport {
  /** The part's bed classes, each as its tags joined by '+'. */
  classes: string[];
  demandGroups: number;
  series: number;
  /** The part's bound on plan-stay nights (floored, the lowest of everything below). */
  nights: number;
  trivial: number;
  /** The certified LP value (NaN when the engine gave none). */
  lp: number;
  lpStatus: LpStatus | 'none';
  /** The MIP's dual bound, primal objective and status ('mip' only; NaN / 'none' when not solved). */
  mipBound: number;
  mipPrimal: number;
  mipStatus: LpStatus | 'none' | 'skipped';
  lpSeconds: number;
  mipSeconds: number;
}

export interface UpperBound {
  /** A proven upper bound on the checker's occupiedBedNights of any valid plan. */
  occupiedBedNights: number;
  /** Horizon nights on non-blocked beds that fixed stays hold. */
  fixedNights: number;
  /** Σ over parts of the LP value the bound is built on (the certified one where the engine gives duals). */
  lpObjective: number;
  /** Σ over parts of the engine's primal objective (NaN when one has none). */
  lpPrimal: number;
  /** fixedNights + Σ over parts of the trivial bound (always valid, usually weak). */
  trivialBedNights: number;
  /** The weakest status over the parts. */
  status: UpperBoundStatus;
  /** The engine's status for the first part that did not end optimal, else 'optimal' ('none': no LP). */
  engineStatus: LpStatus | 'none';
  engine: string;
  relaxation: Relaxation;
  method: BoundMethod;
  tieSeries: boolean;
  /** fixedNights + Σ over parts of the floored LP bound: what method 'lp' gives with the same options. */
  lpBedNights: number;
  /** Per part, largest first. */
  partReports: PartReport[];
  /** Bed classes some demand can use (of `allClasses`). */
  classes: number;
  allClasses: number;
  /** Independent parts (sets of classes no demand links), each its own LP. */
  parts: number;
  demands: number;
  demandGroups: number;
  /** LP size, summed over the parts. */
  columns: number;
  rows: number;
  nonzeros: number;
  /** Wall-clock seconds, building included. */
  seconds: number;
  message?: string;
}

export interface UpperBoundOptions {
  /**
   * For all the LPs and MIPs together (the LPs first, each part's MIP then gets what is left, up to
   * `mipPartSeconds`); see the engine for how well it is kept.
   */
  timeLimitSeconds?: number;
  /** 'night' (default) allows transfers between classes and bounds every valid plan; see model.ts. */
  relaxation?: Relaxation;
  /**
   * 'lp' (default): the LP relaxation. 'mip': then each part as a MIP with integer starts and anchors (see
   * the header); with HiGHS only, other engines give the LP bound.
   */
  method?: BoundMethod;
  /** One anchor per series (default true); false: occurrences as independent demands. */
  tieSeries?: boolean;
  /** Wall-clock budget of each part's MIP ('mip' only; default 10 s), within `timeLimitSeconds`. */
  mipPartSeconds?: number;
  /** Relative gap at which a part's MIP stops (default 0; the floor of the dual bound counts anyway). */
  mipRelGap?: number;
}

const SLACK = 1e-6;
const RANK: Record<UpperBoundStatus, number> = { empty: 0, optimal: 1, dualBound: 2, fallback: 3 };
/** Defaults of the options (see UpperBoundOptions). */
export const boundDefaults = { method: 'lp', tieSeries: true, mipPartSeconds: 10, mipRelGap: 0 } as const;

interface PartBound {
  /** The part's bound: the LP's, lowered by the MIP's where it has one. */
  nights: number;
  /** The bound from the LP alone. */
  lpNights: number;
  trivial: number;
  lpValue: number;
  primal: number;
  status: UpperBoundStatus;
  engineStatus: LpStatus | 'none';
  message?: string;
  report: PartReport;
}

const floorOf = (value: number) => Math.floor(value + SLACK);

/** The part's LP (integer columns marked when a MIP follows), solved with integrality ignored. */
async function lpBound(
  part: BoundData,
  problem: LpProblem,
  maxObjective: number,
  engine: LpEngine,
  timeLimitSeconds: number | undefined,
): Promise<{ bound: PartBound; values: Float64Array }> {
  const trivial = trivialBound(part);
  const started = performance.now();
  const report: PartReport = {
    classes: part.classes.map((c) => c.tags.join('+')),
    demandGroups: part.groups.length,
    series: part.series.length,
    nights: 0,
    trivial,
    lp: NaN,
    lpStatus: 'none',
    mipBound: NaN,
    mipPrimal: NaN,
    mipStatus: 'none',
    lpSeconds: 0,
    mipSeconds: 0,
  };
  const result = (
    status: UpperBoundStatus,
    lpValue: number,
    primal: number,
    engineStatus: LpStatus | 'none',
    message?: string,
  ): PartBound => {
    // The LP optimum never exceeds the trivial bound nor Σ cost × upper; a weak dual certificate can.
    const fromLp = floorOf(lpValue);
    const nights = Math.max(0, Math.min(fromLp, trivial, floorOf(maxObjective)));
    Object.assign(report, {
      nights,
      lp: lpValue,
      lpStatus: engineStatus,
      lpSeconds: (performance.now() - started) / 1000,
    });
    const bound: PartBound = {
      nights,
      lpNights: nights,
      trivial,
      lpValue,
      primal,
      status: status === 'dualBound' && trivial < fromLp ? 'fallback' : status,
      engineStatus,
      report,
    };
    if (message !== undefined) bound.message = message;
    return bound;
  };
  const none = new Float64Array(0);
  if (problem.numCols === 0) return { bound: result('empty', 0, 0, 'none'), values: none };
  const relaxed: LpProblem = { ...problem, integrality: new Uint8Array(problem.numCols) };
  const solution = await engine.solve(
    relaxed,
    timeLimitSeconds === undefined ? {} : { timeLimitSeconds: Math.max(0.001, timeLimitSeconds) },
  );
  const certified = solution.bestBound !== undefined && Number.isFinite(solution.bestBound);
  if (solution.status === 'optimal') {
    const value = certified ? (solution.bestBound as number) : solution.objective;
    const bound = result('optimal', value, solution.objective, solution.status, solution.message);
    return { bound, values: solution.values };
  }
  if (certified) {
    const value = solution.bestBound as number;
    const bound = result('dualBound', value, solution.objective, solution.status, solution.message);
    return { bound, values: none };
  }
  const bound = result(
    'fallback',
    trivial,
    solution.objective,
    solution.status,
    solution.message ?? `engine ended ${solution.status} without a bound; trivial bound used`,
  );
  return { bound, values: none };
}

/** Whether an optimal LP point is already integral on the integer columns (then the MIP can add nothing). */
function integralOn(problem: LpProblem, values: Float64Array): boolean {
  if (values.length !== problem.numCols) return false;
  for (let j = 0; j < problem.numCols; j++)
    if (problem.integrality[j] === 1 && Math.abs(values[j]! - Math.round(values[j]!)) > 1e-9) return false;
  return true;
}

/** Lowers the part's bound by floor(the MIP's dual bound), which is valid however the MIP stopped. */
async function mipBound(
  bound: PartBound,
  problem: LpProblem,
  lpValues: Float64Array,
  engine: LpEngine,
  seconds: number,
  mipRelGap: number,
): Promise<void> {
  const { report } = bound;
  if (problem.numCols === 0 || bound.nights === 0 || seconds <= 0 || engine.name !== 'highs') {
    // jsLPSolver's MIP "bound" is the end of a branch-and-bound on its uncertified simplex: not trusted.
    report.mipStatus = 'skipped';
    return;
  }
  if (bound.status === 'optimal' && integralOn(problem, lpValues)) {
    // The LP optimum is a MIP point: the MIP optimum is the same.
    report.mipStatus = 'skipped';
    report.mipBound = bound.lpValue;
    report.mipPrimal = bound.primal;
    return;
  }
  const solution = await engine.solve(problem, { timeLimitSeconds: seconds, mipRelGap });
  report.mipStatus = solution.status;
  report.mipPrimal = solution.objective;
  report.mipSeconds = solution.seconds;
  const dual = solution.bestBound;
  if (dual === undefined || !Number.isFinite(dual)) return;
  report.mipBound = dual;
  bound.nights = Math.max(0, Math.min(bound.nights, floorOf(dual)));
  report.nights = bound.nights;
}

export async function upperBound(
  instance: Instance,
  engine: LpEngine,
  options: UpperBoundOptions = {},
): Promise<UpperBound> {
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  const relaxation = options.relaxation ?? 'night';
  const method = options.method ?? boundDefaults.method;
  const tieSeries = options.tieSeries ?? boundDefaults.tieSeries;
  const left = () =>
    options.timeLimitSeconds === undefined ? undefined : options.timeLimitSeconds - elapsed();
  const data = boundData(instance, { tieSeries });
  const parts = components(data);
  const size = { columns: 0, rows: 0, nonzeros: 0 };
  // Largest part first, so that a time limit cuts the small ones short rather than the big one.
  parts.sort((a, b) => b.groups.length + b.series.length - (a.groups.length + a.series.length));
  const solved: { bound: PartBound; problem: LpProblem; values: Float64Array }[] = [];
  for (const part of parts) {
    const { problem, maxObjective } = buildBoundLp(part, relaxation, { integer: method === 'mip' });
    size.columns += problem.numCols;
    size.rows += problem.numRows;
    size.nonzeros += problem.aIndex.length;
    const { bound, values } = await lpBound(part, problem, maxObjective, engine, left());
    solved.push({ bound, problem, values });
  }
  if (method === 'mip') {
    // Every part has its LP bound; now the MIPs, smallest first (the likeliest to finish).
    const partSeconds = options.mipPartSeconds ?? boundDefaults.mipPartSeconds;
    const gap = options.mipRelGap ?? boundDefaults.mipRelGap;
    for (const s of [...solved].sort((a, b) => a.problem.numCols - b.problem.numCols)) {
      const budget = Math.min(partSeconds, left() ?? Infinity);
      await mipBound(s.bound, s.problem, s.values, engine, budget, gap);
    }
  }
  const bounds = solved.map((s) => s.bound);
  const sum = (f: (b: PartBound) => number) => bounds.reduce((total, b) => total + f(b), 0);
  const worst = bounds.reduce<PartBound | undefined>(
    (w, b) => (w === undefined || RANK[b.status] > RANK[w.status] ? b : w),
    undefined,
  );
  const notOptimal = bounds.find((b) => b.engineStatus !== 'optimal' && b.engineStatus !== 'none');
  const result: UpperBound = {
    occupiedBedNights: data.fixedNights + sum((b) => b.nights),
    fixedNights: data.fixedNights,
    lpObjective: sum((b) => b.lpValue),
    lpPrimal: sum((b) => b.primal),
    trivialBedNights: data.fixedNights + sum((b) => b.trivial),
    status: worst?.status ?? 'empty',
    engineStatus:
      notOptimal?.engineStatus ?? (bounds.some((b) => b.engineStatus === 'optimal') ? 'optimal' : 'none'),
    engine: engine.name,
    relaxation,
    method,
    tieSeries,
    lpBedNights: data.fixedNights + sum((b) => b.lpNights),
    partReports: bounds.map((b) => b.report),
    classes: data.classes.length,
    allClasses: data.allClasses,
    parts: parts.length,
    demands: data.demands,
    demandGroups: data.groups.length,
    ...size,
    seconds: elapsed(),
  };
  const messages = bounds.flatMap((b) => (b.message === undefined ? [] : [b.message]));
  if (messages.length > 0) result.message = messages.join('; ');
  return result;
}
