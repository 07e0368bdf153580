import type { Random } from '../random.ts';
import { placeEarliest } from './fit.ts';
import type { Item } from './items.ts';
import type { Journal } from './journal.ts';
import type { State } from './state.ts';

const MAX_EJECTED = 3;

/**
 * Search policy on top of the weights: a hospital discharge is never pushed later to make room, and a
 * rotation user is never moved out of the bed the series keeps; both may still be placed when unplaced.
 */
function ejectable(state: State, j: number): boolean {
  const item = state.items[j];
  return item !== undefined && !item.pinned && item.source === 'home';
}

/** The beds that keep a series together: its own and those of the nearest placed occurrences around it. */
function seriesBeds(state: State, item: Item): number[] {
  const group = state.seriesGroup(item.seriesId as string);
  const at = group.indexOf(item.index);
  const before = group
    .slice(0, at)
    .reverse()
    .find((j) => state.isPlaced(j));
  const after = group.slice(at + 1).find((j) => state.isPlaced(j));
  const beds = [before, item.index, after]
    .filter((j): j is number => j !== undefined && state.isPlaced(j))
    .map((j) => state.bedOf[j] as number);
  return beds.filter((bed) => item.beds.includes(bed));
}

/** Puts item i back at the cheapest start in its window (earliest first) on the tightest-fitting bed. */
export function reinsert(state: State, journal: Journal, i: number): boolean {
  return placeEarliest(state, i, (j, bed, start) => journal.place(j, bed, start));
}

/** The stays in the way of item i on (bed, start), or null when one of them may not be moved. */
function inTheWay(state: State, i: number, bed: number, start: number): number[] | null {
  const item = state.items[i] as Item;
  const turnover = state.model.instance.turnoverDays;
  const found = state.itemsOn(bed, start - turnover, start + item.nights + turnover);
  return found.length <= MAX_EJECTED && found.every((j) => ejectable(state, j)) ? found : null;
}

/**
 * Nights of other stays in the way of item i on (bed, start), counting at most `limit`; Infinity when a
 * stay in the way may not be moved.
 */
function crowding(state: State, i: number, bed: number, start: number, limit: number): number {
  const item = state.items[i] as Item;
  const turnover = state.model.instance.turnoverDays;
  let nights = 0;
  for (let night = start - turnover; night < start + item.nights + turnover && nights < limit; night++) {
    const j = state.itemAt(bed, night);
    if (j === -1) continue;
    if (!ejectable(state, j)) return Infinity;
    nights++;
  }
  return nights;
}

/** The bed where the fewest nights of other stays are in the way of item i at `start` (ties at random). */
function leastCrowdedBed(state: State, random: Random, i: number, start: number, beds: readonly number[]) {
  let best: number | null = null;
  let bestNights = Infinity;
  let ties = 0;
  for (const bed of beds) {
    const nights = crowding(state, i, bed, start, bestNights + 1);
    if (nights < bestNights) {
      best = bed;
      bestNights = nights;
      ties = 1;
    } else if (nights === bestNights && nights !== Infinity && random.int(0, ties++) === 0) {
      best = bed;
    }
  }
  if (best === null) return null;
  const ejected = inTheWay(state, i, best, start);
  return ejected === null ? null : { bed: best, ejected };
}

/**
 * Ejection: puts an unplaced item at a random start of its window on the bed where the fewest nights of
 * other stays are in the way, moving those out and placing each again wherever it fits best (or leaving it
 * unplaced); the score decides whether the trade is kept.
 */
export function insertWithEjection(state: State, journal: Journal, random: Random, i: number): boolean {
  const item = state.items[i] as Item;
  if (item.beds.length === 0 || state.isPlaced(i)) return false;
  const keep = item.source === 'series' ? seriesBeds(state, item) : [];
  const beds = keep.length > 0 && random.chance(0.8) ? keep : item.beds;
  const soonest = item.source === 'hospital';
  const start = soonest ? item.earliest : random.int(item.earliest, item.latest);
  const choice = leastCrowdedBed(state, random, i, start, beds);
  if (choice === null) return false;
  for (const j of choice.ejected) journal.unplace(j);
  if (state.obstacle(i, choice.bed, start) !== null) return false;
  journal.place(i, choice.bed, start);
  for (const j of choice.ejected) reinsert(state, journal, j);
  return true;
}

/** Moves a placed item to another start and bed of its window, chosen at random. */
export function relocate(state: State, journal: Journal, random: Random, i: number): boolean {
  const item = state.items[i] as Item;
  if (item.pinned || item.beds.length === 0 || !state.isPlaced(i)) return false;
  const bed = random.pick(item.source === 'series' ? seriesBeds(state, item) : item.beds);
  const latest = item.source === 'hospital' ? (state.startOf[i] as number) : item.latest;
  const start = random.int(item.earliest, latest);
  journal.unplace(i);
  if (state.obstacle(i, bed, start) !== null) return false;
  journal.place(i, bed, start);
  return true;
}

/** Swaps the beds of two placed items whose stays overlap in time. */
export function swapBeds(state: State, journal: Journal, i: number, j: number): boolean {
  const a = state.items[i] as Item;
  const b = state.items[j] as Item;
  if (a.pinned || b.pinned || a.seriesId || b.seriesId || !state.isPlaced(i) || !state.isPlaced(j))
    return false;
  const bedA = state.bedOf[i] as number;
  const bedB = state.bedOf[j] as number;
  if (bedA === bedB || !a.beds.includes(bedB) || !b.beds.includes(bedA)) return false;
  const startA = state.startOf[i] as number;
  const startB = state.startOf[j] as number;
  journal.unplace(i);
  journal.unplace(j);
  if (state.obstacle(i, bedB, startA) !== null) return false;
  journal.place(i, bedB, startA);
  if (state.obstacle(j, bedA, startB) !== null) return false;
  journal.place(j, bedA, startB);
  return true;
}

/** Takes a placed item out of the plan: pays off when its stay costs more than it gives (a series change). */
export function remove(state: State, journal: Journal, i: number): boolean {
  const item = state.items[i] as Item;
  if (item.pinned || !state.isPlaced(i)) return false;
  journal.unplace(i);
  return true;
}
