import type { Event, Instance, Plan } from '../formats.ts';
import { applyEvents } from './events.ts';
import { movesBetween, toPlan } from './output.ts';
import { buildRepairState, type RepairState } from './pieces.ts';
import { freedRuns, nightsIn, refill, runsWithFittingDemand, takenBefore, type FreedRun } from './refill.ts';
import { segmentsByRef } from './refs.ts';
import { keepWhatHolds, placeMustPieces, reinsertAll, type SearchLog } from './search.ts';
import { movedCount, objective } from './slots.ts';
import { repairWeightsSchema, type Move, type RepairOptions } from './types.ts';

const DEFAULT_NOTICE_DAYS = 2;
const DEFAULT_TRIALS = 60;

/** The repaired plan before anyone has judged it: what `repair` checks and adds figures to. */
export interface Draft {
  plan: Plan;
  instance: Instance;
  moves: Move[];
  warnings: string[];
  conflicts: string[];
}

function occupiedIn(rs: RepairState, runs: readonly FreedRun[]): number {
  let count = 0;
  for (const r of runs)
    for (let night = r.from; night < r.to; night++) if (!rs.state.occupancy.isFree(r.bed, night)) count++;
  return count;
}

/**
 * Applies the events, keeps what still holds, places what must be placed (extensions, the rest of stays
 * whose bed closes), puts displaced stays and new requests on the cheapest slots (moving a stay or two aside
 * when that pays off), then offers the freed bed-nights to the waiting list. Pure and synchronous.
 */
export function repairDraft(
  instance: Instance,
  plan: Plan,
  events: readonly Event[],
  options: RepairOptions,
): Draft {
  const started = performance.now();
  const timings: Record<string, number> = {};
  let lap = started;
  const time = (phase: string) => {
    const now = performance.now();
    timings[phase] = Math.round(now - lap);
    lap = now;
  };
  const weights = repairWeightsSchema.parse(options.weights ?? {});
  const before = segmentsByRef(plan.stays);
  const working = applyEvents(instance, plan, events, options.today, before);
  const rs = buildRepairState(working, before, weights, options.noticeDays ?? DEFAULT_NOTICE_DAYS);
  const log: SearchLog = { reasons: new Map(), trialsLeft: options.trials ?? DEFAULT_TRIALS };
  time('build');
  const { displaced, conflicts: lockedConflicts } = keepWhatHolds(rs, log);
  placeMustPieces(rs, weights, log);
  time('keep');
  const fresh = rs.pieces
    .map((p, i) => ({ p, i }))
    .filter(({ p, i }) => p.waiting && working.touched.has(p.key) && !rs.state.isPlaced(i))
    .map(({ i }) => i);
  reinsertAll(rs, weights, log, [...displaced, ...fresh]);
  time('reinsert');
  const taken = takenBefore(rs, plan);
  const freed = freedRuns(rs, taken);
  const withDemand = runsWithFittingDemand(rs, freed);
  refill(rs, weights, log, taken);
  time('refill');
  const out = toPlan(rs, working, plan);
  const moves = movesBetween(rs, working, before, out.placed, log.reasons);
  time('output');
  out.plan.metrics = {
    solver: 'sengeplan-repair',
    today: options.today,
    score: objective(rs, weights),
    moved: movedCount(rs),
    freedBedNights: nightsIn(freed),
    refilledBedNights: occupiedIn(rs, freed),
    freedBedNightsWithDemand: nightsIn(withDemand),
    refilledBedNightsWithDemand: occupiedIn(rs, withDemand),
    seconds: (performance.now() - started) / 1000,
    timingsMs: timings,
  };
  const conflicts = [
    ...lockedConflicts.map((i) => `${rs.pieces[i]?.key.slice(2)}: låst opphold fikk ikke beholde plassen`),
    ...out.conflicts,
  ];
  return { plan: out.plan, instance: working.instance, moves, warnings: working.warnings, conflicts };
}
