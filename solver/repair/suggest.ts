import { maxDate } from '../dates.ts';
import type { Instance, Plan, Request } from '../formats.ts';
import { fitCost } from '../search/fit.ts';
import { Journal } from '../search/journal.ts';
import { applyEvents } from './events.ts';
import { buildRepairState, type RepairState } from './pieces.ts';
import { refKey, segmentsByRef } from './refs.ts';
import { keepWhatHolds, label, targets } from './search.ts';
import { bestSlot, objective } from './slots.ts';
import { repairWeightsSchema, type RepairWeights } from './types.ts';

/** One place a request could go: the objective's change (negative is better) and why, in one line. */
export interface Suggestion {
  bedId: string;
  start: string;
  end: string;
  scoreChange: number;
  /** Stays that would have to move to make room (none for a free bed). */
  moves: string[];
  reason: string;
}

export interface SuggestOptions {
  /** No start before this date (default: the request's earliest start). */
  today?: string;
  noticeDays?: number;
  weights?: Partial<RepairWeights>;
}

const MAX_STARTS = 31;
/** Places behind one or two movable stays tried when there are too few free ones. */
const TARGETS = 12;

/**
 * The k best (bed, start) places for one request, new or waiting, in the plan as it is: free places first
 * by how much they lower the objective, then, when there are fewer than k, places where one or two stays
 * that have not been announced move elsewhere. Pure and synchronous; the plan is not changed.
 */
export function suggest(
  instance: Instance,
  plan: Plan,
  request: Request,
  k: number,
  options: SuggestOptions = {},
): Suggestion[] {
  const weights = repairWeightsSchema.parse(options.weights ?? {});
  const today = options.today ?? request.earliestStart;
  const known = instance.requests.some((r) => r.id === request.id);
  const stays = plan.stays.filter((s) => !('requestId' in s) || s.requestId !== request.id);
  const current = { ...plan, stays };
  const w = applyEvents(instance, current, known ? [] : [{ type: 'newRequest', request }], today);
  const rs = buildRepairState(w, segmentsByRef(stays), weights, options.noticeDays ?? 2);
  keepWhatHolds(rs, { reasons: new Map(), trialsLeft: 0 });
  const i = rs.itemsOf.get(refKey({ requestId: request.id }))?.items[0];
  if (i === undefined) return [];
  const free = freePlaces(rs, i, today);
  if (free.length >= k) return free.slice(0, k);
  return [...free, ...placesAfterMoves(rs, weights, i, today)].slice(0, k);
}

function window(rs: RepairState, i: number, today: string): number[] {
  const item = rs.state.items[i];
  if (!item) return [];
  const from = Math.max(item.earliest, rs.model.days.of(maxDate(today, rs.model.instance.horizon.start)));
  const starts: number[] = [];
  for (let s = from; s <= Math.min(item.latest, from + MAX_STARTS - 1); s++) starts.push(s);
  return starts;
}

function describe(rs: RepairState, i: number, bed: number, start: number, moved: string[]): string {
  const item = rs.state.items[i];
  const info = rs.model.beds[bed];
  if (!item || !info) return '';
  const { days } = rs.model;
  const wait = start - item.waitFrom;
  const parts = [
    `${moved.length ? 'plass' : 'ledig'} i ${info.id} fra ${days.date(start)} til ${days.date(start + item.nights)}`,
    wait > 0 ? `venter ${wait} dager` : 'ingen ventetid',
  ];
  if (item.preferredCentres.length > 0 && !item.preferredCentres.includes(info.centreId))
    parts.push('utenfor ønsket senter');
  if (moved.length) parts.push(`${moved.join(' og ')} må flyttes`);
  return parts.join(', ');
}

function suggestion(rs: RepairState, i: number, bed: number, start: number, change: number, moves: string[]) {
  const { days } = rs.model;
  return {
    bedId: (rs.model.beds[bed] as { id: string }).id,
    start: days.date(start),
    end: days.date(start + (rs.state.items[i]?.nights ?? 0)),
    scoreChange: Math.round(change),
    moves,
    reason: describe(rs, i, bed, start, moves),
  };
}

function freePlaces(rs: RepairState, i: number, today: string): Suggestion[] {
  const { state } = rs;
  const found: { bed: number; start: number; change: number; fit: number }[] = [];
  for (const start of window(rs, i, today)) {
    for (const bed of state.items[i]?.beds ?? []) {
      if (state.obstacle(i, bed, start) !== null) continue;
      found.push({
        bed,
        start,
        change: state.placementCost(i, bed, start),
        fit: fitCost(state, i, bed, start),
      });
    }
  }
  return found
    .sort((a, b) => a.change - b.change || a.fit - b.fit || a.start - b.start || a.bed - b.bed)
    .map((f) => suggestion(rs, i, f.bed, f.start, f.change, []));
}

function placesAfterMoves(rs: RepairState, w: RepairWeights, i: number, today: string): Suggestion[] {
  const { state } = rs;
  const found: Suggestion[] = [];
  for (const target of targets(rs, i, window(rs, i, today), undefined, TARGETS)) {
    const before = objective(rs, w);
    const journal = new Journal(state);
    for (const j of target.blockers) journal.unplace(j);
    if (state.obstacle(i, target.bed, target.start) === null) {
      journal.place(i, target.bed, target.start);
      for (const j of target.blockers) {
        const slot = bestSlot(rs, w, j);
        if (slot) journal.place(j, slot.bed, slot.start);
      }
      const moved = target.blockers.map((j) => label(rs, j));
      found.push(suggestion(rs, i, target.bed, target.start, objective(rs, w) - before, moved));
    }
    journal.undo();
  }
  return found.sort((a, b) => a.scoreChange - b.scoreChange);
}
