import { bestBed } from '../search/fit.ts';
import type { RepairState } from './pieces.ts';
import type { RepairWeights } from './types.ts';

/** Starts further into a window than this are not looked at: the repair stays near the day it works on. */
const MAX_STARTS = 60;
/** Per day a stay's start moves from the date it had; per bed it leaves. Small: they only break ties. */
const DATE_SHIFT = 1_000;
const BED_SHIFT = 100;

export interface Slot {
  bed: number;
  start: number;
  cost: number;
}

/** How many placements of the earlier plan are no longer where they were. */
export function movedCount(rs: RepairState): number {
  let moved = 0;
  rs.pieces.forEach((piece, i) => {
    const at = piece.original;
    if (at && (rs.state.bedOf[i] !== at.bed || rs.state.startOf[i] !== at.start)) moved++;
  });
  return moved;
}

/** The repair's objective: the solver's score plus what the moves cost. Lower is better. */
export function objective(rs: RepairState, w: RepairWeights): number {
  return rs.state.score + w.repairMove * movedCount(rs);
}

/** What placing item i on (bed, start) adds to the objective, moves and date changes included. */
export function slotCost(rs: RepairState, w: RepairWeights, i: number, bed: number, start: number): number {
  const piece = rs.pieces[i];
  let cost = rs.state.placementCost(i, bed, start);
  if (piece?.prefer) {
    cost += Math.abs(start - piece.prefer.start) * DATE_SHIFT + (bed === piece.prefer.bed ? 0 : BED_SHIFT);
  }
  if (piece?.original && (bed !== piece.original.bed || start !== piece.original.start)) cost += w.repairMove;
  return cost;
}

/** The cheapest free (bed, start) for item i from its floor on, or null. */
export function bestSlot(
  rs: RepairState,
  w: RepairWeights,
  i: number,
  beds?: readonly number[],
): Slot | null {
  const { state } = rs;
  const item = state.items[i];
  const piece = rs.pieces[i];
  if (!item || !piece) return null;
  const from = Math.max(item.earliest, piece.floor);
  const to = Math.min(item.latest, from + MAX_STARTS);
  let best: Slot | null = null;
  const consider = (bed: number, start: number) => {
    const cost = slotCost(rs, w, i, bed, start);
    if (!best || cost < best.cost) best = { bed, start, cost };
  };
  for (let start = from; start <= to; start++) {
    const prefer = piece.prefer?.bed;
    if (prefer !== undefined && item.beds.includes(prefer) && state.obstacle(i, prefer, start) === null)
      consider(prefer, start);
    const bed = bestBed(state, i, start, beds);
    if (bed !== null) consider(bed, start);
  }
  return best;
}
