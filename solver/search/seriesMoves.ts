import type { Random } from '../random.ts';
import type { Item } from './items.ts';
import type { Journal } from './journal.ts';
import { startsByCloseness } from './series.ts';
import type { State } from './state.ts';

/** Stays that may be moved out of a bed to make room for a series: not pinned, not hospital, not fixed. */
function yields(state: State, j: number, seriesId: string): boolean {
  const item = state.items[j];
  return item !== undefined && !item.pinned && item.source !== 'hospital' && item.seriesId !== seriesId;
}

/** Puts occurrence i on the bed, moving out what is in the way; false (and nothing changed) when it cannot. */
function placeOnBed(state: State, journal: Journal, i: number, bed: number, ejected: number[]): boolean {
  const item = state.items[i] as Item;
  const turnover = state.model.instance.turnoverDays;
  for (const start of startsByCloseness(state, i)) {
    const inTheWay = state.itemsOn(bed, start - turnover, start + item.nights + turnover);
    if (!inTheWay.every((j) => yields(state, j, item.seriesId as string))) continue;
    const was = inTheWay.map((j) => ({
      j,
      bed: state.bedOf[j] as number,
      start: state.startOf[j] as number,
    }));
    for (const j of inTheWay) journal.unplace(j);
    if (state.obstacle(i, bed, start) === null) {
      journal.place(i, bed, start);
      ejected.push(...inTheWay);
      return true;
    }
    for (const w of was) journal.place(w.j, w.bed, w.start);
  }
  return false;
}

/** An ejected stay goes back near where it was: an occurrence onto its series' beds, a request anywhere. */
function replace(state: State, journal: Journal, j: number): void {
  const item = state.items[j] as Item;
  const beds =
    item.seriesId !== undefined
      ? state
          .seriesGroup(item.seriesId)
          .filter((k) => state.isPlaced(k))
          .map((k) => state.bedOf[k] as number)
      : item.beds;
  for (const start of startsByCloseness(state, j)) {
    const bed = beds.find((b) => state.obstacle(j, b, start) === null);
    if (bed !== undefined) {
      journal.place(j, bed, start);
      return;
    }
  }
}

/**
 * Moves a whole series onto one bed chosen at random, making room by moving out other stays, which then go
 * back where they fit. Keeps rotation users in one bed and lets series trade beds with each other.
 */
export function moveSeriesToBed(state: State, journal: Journal, random: Random, seriesId: string): boolean {
  const group = state.seriesGroup(seriesId);
  const first = state.items[group[0] as number];
  if (!first || first.beds.length === 0) return false;
  const bed = random.pick(first.beds);
  const ejected: number[] = [];
  let moved = false;
  for (const i of group) {
    const item = state.items[i] as Item;
    if (item.pinned || (state.isPlaced(i) && state.bedOf[i] === bed) || !item.beds.includes(bed)) continue;
    if (state.isPlaced(i)) journal.unplace(i);
    moved = placeOnBed(state, journal, i, bed, ejected) || moved;
  }
  for (const j of ejected) if (!state.isPlaced(j)) replace(state, journal, j);
  return moved;
}
