import type { State } from './state.ts';

const RUN_CAP = 60;
/** Shorter free runs than this cannot take an ordinary stay and are mostly lost. */
const DEAD_GAP = 7;
/** A centre wish only breaks ties between equally tight fits: packing beds matters more. */
const WISH = 0.4;

/** How much a gap of free nights beside a stay hurts later placements: none, a usable one, a dead one. */
function gapCost(gap: number): number {
  if (gap <= 0) return 0;
  if (gap >= RUN_CAP) return 0.5;
  return gap < DEAD_GAP ? 3 : 1;
}

/** Fragmentation left around item i if placed on (bed, start): lower is a tighter fit. */
export function fitCost(state: State, i: number, bed: number, start: number): number {
  const item = state.items[i];
  if (!item) return Infinity;
  const turnover = state.model.instance.turnoverDays;
  const before = state.occupancy.freeRunBefore(bed, start - turnover, RUN_CAP);
  const after = state.occupancy.freeRunFrom(bed, start + item.nights + turnover, RUN_CAP);
  const centre = state.bedInfo(bed).centreId;
  const missesWish = item.preferredCentres.length > 0 && !item.preferredCentres.includes(centre);
  return gapCost(before) + gapCost(after) + (missesWish ? WISH : 0);
}

/** The feasible bed for item i at `start` that leaves the tightest fit, or null. */
export function bestBed(state: State, i: number, start: number, beds?: readonly number[]): number | null {
  let best: number | null = null;
  let bestCost = Infinity;
  for (const bed of beds ?? (state.items[i]?.beds as readonly number[])) {
    if (state.obstacle(i, bed, start) !== null) continue;
    const cost = fitCost(state, i, bed, start);
    if (cost < bestCost) {
      best = bed;
      bestCost = cost;
    }
  }
  return best;
}

/**
 * Places item i at the earliest start in its window where some bed is free, on the tightest-fitting bed;
 * false when none is. `place` lets a move record the placement in its journal.
 */
export function placeEarliest(
  state: State,
  i: number,
  place: (i: number, bed: number, start: number) => void = (j, bed, start) => state.place(j, bed, start),
): boolean {
  const item = state.items[i];
  if (!item) return false;
  for (let start = item.earliest; start <= item.latest; start++) {
    const bed = bestBed(state, i, start);
    if (bed !== null) {
      place(i, bed, start);
      return true;
    }
  }
  return false;
}

/**
 * The bed for a stay whose start is decided: the one whose previous stay ended closest before, among the
 * beds with the fewest tags the stay does not need (special beds are kept for those who need them).
 */
export function closestBed(state: State, i: number, start: number, beds?: readonly number[]): number | null {
  const item = state.items[i];
  if (!item) return null;
  let best: number | null = null;
  let bestCost = Infinity;
  for (const bed of beds ?? item.beds) {
    if (state.obstacle(i, bed, start) !== null) continue;
    const extraTags = state.bedInfo(bed).tags.size - item.requiredTags.length;
    const departure = state.occupancy.previousDeparture(bed, start) ?? start - RUN_CAP;
    const cost = extraTags * 1000 + Math.min(start - departure, RUN_CAP);
    if (cost < bestCost) {
      best = bed;
      bestCost = cost;
    }
  }
  return best;
}
