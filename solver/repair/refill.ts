import type { Plan } from '../formats.ts';
import type { RepairState } from './pieces.ts';
import { eject, targets, type SearchLog } from './search.ts';
import type { RepairWeights } from './types.ts';

/** A run of bed-nights someone had in the earlier plan that nobody has now. */
export interface FreedRun {
  bed: number;
  from: number;
  to: number;
}

/** Placements from the waiting list per repair at most (each one scans the runs again). */
const MAX_REFILLS = 40;

/** The nights from today to the horizon end each bed had taken in the earlier plan. */
export function takenBefore(rs: RepairState, plan: Plan): Uint8Array[] {
  const { model } = rs;
  const taken = model.beds.map(() => new Uint8Array(Math.max(model.horizonNights, 0)));
  const mark = (bedId: string, start: string, end: string) => {
    const bed = model.bedIndex.get(bedId);
    if (bed === undefined) return;
    const from = Math.max(model.days.of(start), rs.today, 0);
    const to = Math.min(model.days.of(end), model.horizonNights);
    if (from < to) (taken[bed] as Uint8Array).fill(1, from, to);
  };
  for (const s of plan.stays) mark(s.bedId, s.start, s.end);
  return taken;
}

export function freedRuns(rs: RepairState, taken: readonly Uint8Array[]): FreedRun[] {
  const runs: FreedRun[] = [];
  taken.forEach((row, bed) => {
    let from = -1;
    for (let night = Math.max(rs.today, 0); night <= row.length; night++) {
      const freed = night < row.length && row[night] === 1 && rs.state.occupancy.isFree(bed, night);
      if (freed && from < 0) from = night;
      if (!freed && from >= 0) {
        runs.push({ bed, from, to: night });
        from = -1;
      }
    }
  });
  return runs;
}

export function nightsIn(runs: readonly FreedRun[]): number {
  return runs.reduce((sum, r) => sum + (r.to - r.from), 0);
}

/** Waiting items that could still start from today, the most valuable first. */
function waitingList(rs: RepairState): number[] {
  const { state } = rs;
  return rs.pieces
    .map((p, i) => ({ p, i }))
    .filter(({ p, i }) => p.role === 'free' && p.waiting && !state.isPlaced(i))
    .filter(({ i }) => (state.items[i]?.latest ?? -1) >= rs.today && (state.items[i]?.beds.length ?? 0) > 0)
    .map(({ i }) => i);
}

/** The starts at which item i would use a night of the run. */
function startsOver(rs: RepairState, i: number, run: FreedRun): [number, number] {
  const item = rs.state.items[i];
  const piece = rs.pieces[i];
  if (!item || !piece) return [1, 0];
  const from = Math.max(item.earliest, piece.floor, run.from - item.nights + 1);
  return [from, Math.min(item.latest, run.to - 1)];
}

function bedSets(rs: RepairState, items: readonly number[]): Map<number, Set<number>> {
  return new Map(items.map((i) => [i, new Set(rs.state.items[i]?.beds ?? [])]));
}

/** Which runs some waiting stay would fit in (free bed-nights in the run, the rest of its nights free too). */
export function runsWithFittingDemand(rs: RepairState, runs: readonly FreedRun[]): FreedRun[] {
  const waiting = waitingList(rs);
  const beds = bedSets(rs, waiting);
  return runs.filter((run) =>
    waiting.some((i) => {
      if (!beds.get(i)?.has(run.bed)) return false;
      const [from, to] = startsOver(rs, i, run);
      for (let start = from; start <= to; start++)
        if (rs.state.obstacle(i, run.bed, start) === null) return true;
      return false;
    }),
  );
}

/**
 * Offers freed bed-nights to the waiting list: repeatedly the placement over a freed run that lowers the
 * objective most; then, for runs still free, a waiting stay that fits when one stay beside it moves.
 */
export function refill(
  rs: RepairState,
  w: RepairWeights,
  log: SearchLog,
  taken: readonly Uint8Array[],
): void {
  const { state } = rs;
  const waiting = waitingList(rs);
  const beds = bedSets(rs, waiting);
  for (let round = 0; round < MAX_REFILLS; round++) {
    const runs = freedRuns(rs, taken);
    let best: { i: number; bed: number; start: number; cost: number } | null = null;
    for (const run of runs) {
      for (const i of waiting) {
        if (state.isPlaced(i) || !beds.get(i)?.has(run.bed)) continue;
        const [from, to] = startsOver(rs, i, run);
        for (let start = from; start <= to; start++) {
          if (state.obstacle(i, run.bed, start) !== null) continue;
          const cost = state.placementCost(i, run.bed, start);
          if (!best || cost < best.cost) best = { i, bed: run.bed, start, cost };
        }
      }
    }
    if (!best || best.cost >= 0) break;
    state.place(best.i, best.bed, best.start);
    log.reasons.set(best.i, 'fikk en ledig plass fra ventelisten');
  }
  for (const run of freedRuns(rs, taken)) {
    if (log.trialsLeft <= 0) return;
    for (const i of waiting) {
      if (state.isPlaced(i) || !beds.get(i)?.has(run.bed) || log.trialsLeft <= 0) continue;
      const [from, to] = startsOver(rs, i, run);
      if (from > to) continue;
      const starts: number[] = [];
      for (let start = from; start <= to; start++) starts.push(start);
      if (eject(rs, w, log, i, targets(rs, i, starts, [run.bed]), false)) {
        log.reasons.set(i, 'fikk en ledig plass fra ventelisten');
        break;
      }
    }
  }
}
