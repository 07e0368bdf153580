/**
 * A proven upper bound on the checker's `occupiedBedNights` for every valid plan of an instance.
 *
 * occupiedBedNights = fixedNights + floor(LP bound + 1e-6), where fixedNights are the horizon nights fixed
 * stays hold on beds that are not blocked (counted exactly as the checker counts them), and the LP (see
 * model.ts) is a relaxation of "place plan stays on the remaining free bed-nights":
 * - beds are aggregated into classes of equal tag sets; per class and night only the number of free beds
 *   counts, so which bed, turnover days, room sex, person overlap (one person, two stays) and pins are all
 *   relaxed away, and stays are fractional;
 * - series occurrences are independent demands, each with the widest window any anchor allows;
 * - a stay may change class from night to night ('night', the default), which covers transfers.
 * Every valid plan gives a feasible LP point whose objective is its plan-stay nights in the horizon, and
 * plan stays never share a bed-night with a fixed stay (bedConflict) or sit on a blocked one (closure), so
 * the plan's occupied figure is at most fixedNights + the LP optimum; being an integer, at most the floor.
 *
 * The LP falls apart into independent parts (classes no demand links, e.g. rehab and korttid); each is
 * solved on its own and floored on its own (demands.ts, components).
 *
 * The LP's value is taken from the engine's dual certificate (`bestBound`: the Lagrangian bound of its row
 * multipliers, HiGHS's row duals or jsLPSolver's final tableau, valid for any multipliers, so also after a
 * time limit or a simplex that stopped short), else from an optimal objective. When the engine gives
 * neither, or only a certificate weaker than the trivial bound of demands.ts, that trivial bound is used.
 */
import type { Instance } from '../formats.ts';
import type { LpEngine, LpStatus } from '../lp/types.ts';
import { boundData, components, trivialBound, type BoundData } from './demands.ts';
import { buildBoundLp, type Relaxation } from './model.ts';

export type { Relaxation } from './model.ts';
export {
  boundData,
  trivialBound,
  nightsInside,
  components,
  type BoundData,
  type BedClass,
  type DemandGroup,
} from './demands.ts';
export { buildBoundLp } from './model.ts';

/**
 * optimal: the LP was solved to optimality. dualBound: the engine stopped early (time limit) and the bound
 * comes from its dual certificate. fallback: no LP value to trust, or a certificate weaker than the
 * trivial bound; the trivial bound (demands.ts) is used. empty: no demand can use any bed.
 */
export type UpperBoundStatus = 'optimal' | 'dualBound' | 'fallback' | 'empty';

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
  /** For all the LPs together; see the engine for how well it is kept. */
  timeLimitSeconds?: number;
  /** 'night' (default) allows transfers between classes and bounds every valid plan; see model.ts. */
  relaxation?: Relaxation;
}

const SLACK = 1e-6;
const RANK: Record<UpperBoundStatus, number> = { empty: 0, optimal: 1, dualBound: 2, fallback: 3 };

interface PartBound {
  nights: number;
  trivial: number;
  lpValue: number;
  primal: number;
  status: UpperBoundStatus;
  engineStatus: LpStatus | 'none';
  message?: string;
}

async function partBound(
  part: BoundData,
  relaxation: Relaxation,
  engine: LpEngine,
  timeLimitSeconds: number | undefined,
  size: { columns: number; rows: number; nonzeros: number },
): Promise<PartBound> {
  const trivial = trivialBound(part);
  const { problem, maxObjective } = buildBoundLp(part, relaxation);
  size.columns += problem.numCols;
  size.rows += problem.numRows;
  size.nonzeros += problem.aIndex.length;
  const result = (
    status: UpperBoundStatus,
    lpValue: number,
    primal: number,
    engineStatus: LpStatus | 'none',
    message?: string,
  ): PartBound => {
    // The LP optimum never exceeds the trivial bound nor Σ cost × upper; a weak dual certificate can.
    const fromLp = Math.floor(lpValue + SLACK);
    const nights = Math.max(0, Math.min(fromLp, trivial, Math.floor(maxObjective + SLACK)));
    const bound: PartBound = {
      nights,
      trivial,
      lpValue,
      primal,
      status: status === 'dualBound' && trivial < fromLp ? 'fallback' : status,
      engineStatus,
    };
    if (message !== undefined) bound.message = message;
    return bound;
  };
  if (problem.numCols === 0) return result('empty', 0, 0, 'none');
  const solution = await engine.solve(
    problem,
    timeLimitSeconds === undefined ? {} : { timeLimitSeconds: Math.max(0.001, timeLimitSeconds) },
  );
  const certified = solution.bestBound !== undefined && Number.isFinite(solution.bestBound);
  if (solution.status === 'optimal') {
    const value = certified ? (solution.bestBound as number) : solution.objective;
    return result('optimal', value, solution.objective, solution.status, solution.message);
  }
  if (certified) {
    const value = solution.bestBound as number;
    return result('dualBound', value, solution.objective, solution.status, solution.message);
  }
  return result(
    'fallback',
    trivial,
    solution.objective,
    solution.status,
    solution.message ?? `engine ended ${solution.status} without a bound; trivial bound used`,
  );
}

export async function upperBound(
  instance: Instance,
  engine: LpEngine,
  options: UpperBoundOptions = {},
): Promise<UpperBound> {
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  const relaxation = options.relaxation ?? 'night';
  const data = boundData(instance);
  const parts = components(data);
  const size = { columns: 0, rows: 0, nonzeros: 0 };
  const bounds: PartBound[] = [];
  // Largest part first, so that a time limit cuts the small ones short rather than the big one.
  parts.sort((a, b) => b.groups.length - a.groups.length);
  for (const part of parts) {
    const left = options.timeLimitSeconds === undefined ? undefined : options.timeLimitSeconds - elapsed();
    bounds.push(await partBound(part, relaxation, engine, left, size));
  }
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
