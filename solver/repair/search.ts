import { Journal } from '../search/journal.ts';
import type { Obstacle } from '../model/occupancy.ts';
import { bestBed } from '../search/fit.ts';
import { refLabel } from './refs.ts';
import type { RepairState } from './pieces.ts';
import { bestSlot, objective } from './slots.ts';
import type { RepairWeights } from './types.ts';

/** At most this many stays are moved out of the way of one placement. */
const MAX_EJECTED = 2;
/** Ejection targets tried per item. */
const TARGETS_PER_ITEM = 3;
/** Starts of a window an ejection looks at. */
const EJECT_STARTS = 14;

export interface SearchLog {
  /** Why an item was moved, in bokmål, by item index. */
  reasons: Map<number, string>;
  trialsLeft: number;
}

const obstacleText: Record<Obstacle, string> = {
  blocked: 'sengen er stengt',
  taken: 'sengen er tatt',
  turnover: 'sengen trenger romvask',
  capacity: 'avdelingen er ikke bemannet for flere senger de nettene',
  roomSex: 'rommet har en av annet kjønn',
  person: 'personen er et annet sted',
};

export function ejectable(rs: RepairState, j: number): boolean {
  return j >= 0 && rs.pieces[j]?.role === 'free' && rs.state.items[j]?.pinned === false;
}

export function label(rs: RepairState, i: number): string {
  const piece = rs.pieces[i];
  return piece ? refLabel(piece.ref) : `#${i}`;
}

function urgency(rs: RepairState) {
  return (a: number, b: number) => {
    const x = rs.state.items[a];
    const y = rs.state.items[b];
    if (!x || !y) return 0;
    const hospital = (s: string) => (s === 'hospital' ? 0 : 1);
    return (
      hospital(x.source) - hospital(y.source) || x.priority - y.priority || x.earliest - y.earliest || a - b
    );
  };
}

/** Locked pieces where they were, must pieces and free ones where they were when that still holds. */
export function keepWhatHolds(rs: RepairState, log: SearchLog): { displaced: number[]; conflicts: number[] } {
  const { state } = rs;
  const conflicts: number[] = [];
  for (const { item, bed, start } of rs.lockedAt) {
    if (state.obstacle(item, bed, start) === null) state.place(item, bed, start);
    else conflicts.push(item);
  }
  const byPreferred = (role: string) =>
    rs.pieces
      .map((p, i) => ({ p, i }))
      .filter(({ p, i }) => p.role === role && p.prefer && !state.isPlaced(i))
      .sort((a, b) => (a.p.prefer?.start ?? 0) - (b.p.prefer?.start ?? 0) || a.i - b.i);
  for (const { p, i } of byPreferred('must')) {
    const at = p.prefer as { bed: number; start: number };
    if (state.items[i]?.beds.includes(at.bed) && state.obstacle(i, at.bed, at.start) === null)
      state.place(i, at.bed, at.start);
  }
  const displaced: number[] = [];
  for (const { p, i } of byPreferred('free')) {
    const at = p.prefer as { bed: number; start: number };
    const obstacle = state.items[i]?.beds.includes(at.bed) ? state.obstacle(i, at.bed, at.start) : 'blocked';
    if (obstacle === null) {
      state.place(i, at.bed, at.start);
      continue;
    }
    displaced.push(i);
    const nights = state.items[i]?.nights ?? 0;
    const other = state.itemsOn(at.bed, at.start, at.start + nights).find((j) => j >= 0 && j !== i);
    const who = obstacle === 'taken' && other !== undefined ? ` av ${label(rs, other)}` : '';
    log.reasons.set(i, `plassen holdt ikke lenger: ${obstacleText[obstacle]}${who}`);
    if (obstacle === 'blocked') {
      rs.closureHit.add(p.key);
      delete p.original;
    }
  }
  return { displaced, conflicts };
}

/** Nights that cannot be given up: on any fitting bed at their start, moving others out when needed. */
export function placeMustPieces(rs: RepairState, w: RepairWeights, log: SearchLog): number[] {
  const { state } = rs;
  const failed: number[] = [];
  const musts = rs.pieces
    .map((p, i) => ({ p, i }))
    .filter(({ p, i }) => p.role === 'must' && !state.isPlaced(i))
    .map(({ i }) => i)
    .sort(urgency(rs));
  for (const i of musts) {
    const item = state.items[i];
    if (!item) continue;
    const bed = bestBed(state, i, item.earliest);
    if (bed !== null) {
      state.place(i, bed, item.earliest);
      log.reasons.set(
        i,
        `fortsetter i seng ${rs.model.beds[bed]?.id} fra ${rs.model.days.date(item.earliest)}`,
      );
      continue;
    }
    if (!eject(rs, w, log, i, targets(rs, i, [item.earliest]), true)) failed.push(i);
  }
  return failed;
}

/** Displaced stays and new requests, the most urgent first, on the cheapest free slot. */
export function reinsertAll(rs: RepairState, w: RepairWeights, log: SearchLog, items: number[]): number[] {
  const left: number[] = [];
  for (const i of [...items].sort(urgency(rs))) {
    const slot = bestSlot(rs, w, i);
    if (slot) rs.state.place(i, slot.bed, slot.start);
    else left.push(i);
  }
  for (const i of left) {
    const item = rs.state.items[i];
    const piece = rs.pieces[i];
    if (!item || !piece || log.trialsLeft <= 0) continue;
    const from = Math.max(item.earliest, piece.floor);
    const starts = range(from, Math.min(item.latest, from + EJECT_STARTS - 1));
    eject(rs, w, log, i, targets(rs, i, starts), false);
  }
  return left.filter((i) => !rs.state.isPlaced(i));
}

function range(from: number, to: number): number[] {
  const list: number[] = [];
  for (let n = from; n <= to; n++) list.push(n);
  return list;
}

export interface Target {
  bed: number;
  start: number;
  blockers: number[];
  nights: number;
}

/** (bed, start) places for item i where only a few movable stays are in the way, the fewest nights first. */
export function targets(
  rs: RepairState,
  i: number,
  starts: readonly number[],
  beds?: readonly number[],
  limit = TARGETS_PER_ITEM,
): Target[] {
  const { state, model } = rs;
  const item = state.items[i];
  if (!item) return [];
  const turnover = model.instance.turnoverDays;
  const open = (bed: number, start: number) => {
    const row = model.blocked[bed] as Uint8Array;
    for (let night = start; night < start + item.nights; night++)
      if (row[night - model.spanStart]) return false;
    return true;
  };
  const found: Target[] = [];
  for (const start of starts) {
    for (const bed of beds ?? item.beds) {
      if (beds && !item.beds.includes(bed)) continue;
      const blockers = state.itemsOn(bed, start - turnover, start + item.nights + turnover);
      if (blockers.length === 0 || blockers.length > MAX_EJECTED) continue;
      if (!blockers.every((j) => ejectable(rs, j)) || !open(bed, start)) continue;
      const nights = blockers.reduce((sum, j) => sum + (state.items[j]?.nights ?? 0), 0);
      found.push({ bed, start, blockers, nights });
    }
  }
  return found.sort((a, b) => a.nights - b.nights || a.start - b.start || a.bed - b.bed).slice(0, limit);
}

/**
 * Moves the stays in the way out, places item i, and puts each of them back on its cheapest free slot
 * (or leaves it waiting). Kept when `forced` or when the objective improves; otherwise taken back.
 */
export function eject(
  rs: RepairState,
  w: RepairWeights,
  log: SearchLog,
  i: number,
  candidates: readonly Target[],
  forced: boolean,
): boolean {
  const { state } = rs;
  for (const target of candidates) {
    if (log.trialsLeft <= 0 && !forced) return false;
    log.trialsLeft--;
    const before = objective(rs, w);
    const journal = new Journal(state);
    for (const j of target.blockers) journal.unplace(j);
    if (state.obstacle(i, target.bed, target.start) !== null) {
      journal.undo();
      continue;
    }
    journal.place(i, target.bed, target.start);
    for (const j of target.blockers) {
      const slot = bestSlot(rs, w, j);
      if (slot) journal.place(j, slot.bed, slot.start);
    }
    if (forced || objective(rs, w) < before) {
      journal.commit();
      for (const j of target.blockers) log.reasons.set(j, `flyttet for å gi plass til ${label(rs, i)}`);
      return true;
    }
    journal.undo();
  }
  return false;
}
