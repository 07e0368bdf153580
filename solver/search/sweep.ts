import { priorityFactor } from '../objective/weights.ts';
import type { Item } from './items.ts';
import type { State } from './state.ts';

/**
 * List scheduling over time: night by night, every bed that is free gets the most pressing waiting item
 * that fits there (hospital discharges first, then the one whose window closes soonest, then the most
 * valuable). Beds stand idle only on nights when nothing that fits is waiting.
 */
export function sweep(
  state: State,
  candidates: readonly number[],
  region: { beds: readonly number[]; from: number; to: number } = {
    beds: state.model.beds.map((b) => b.index),
    from: 0,
    to: state.model.horizonNights,
  },
  place: (i: number, bed: number, start: number) => void = (i, bed, start) => state.place(i, bed, start),
): void {
  const byEarliest = [...candidates].sort(
    (a, b) => (state.items[a] as Item).earliest - (state.items[b] as Item).earliest,
  );
  const compatible = new Map(candidates.map((i) => [i, new Set((state.items[i] as Item).beds)]));
  let next = 0;
  let active: number[] = [];
  for (let night = region.from; night < region.to; night++) {
    while (next < byEarliest.length && (state.items[byEarliest[next] as number] as Item).earliest <= night) {
      active.push(byEarliest[next] as number);
      next++;
    }
    active = active.filter((i) => !state.isPlaced(i) && (state.items[i] as Item).latest >= night);
    if (active.length === 0) continue;
    active.sort((a, b) => rank(state, a, night) - rank(state, b, night));
    for (const bed of region.beds) {
      if (!state.occupancy.isFree(bed, night)) continue;
      const chosen = active.find(
        (i) => !state.isPlaced(i) && compatible.get(i)?.has(bed) && state.obstacle(i, bed, night) === null,
      );
      if (chosen !== undefined) place(chosen, bed, night);
    }
  }
}

function rank(state: State, i: number, night: number): number {
  const item = state.items[i] as Item;
  const hospital = item.source === 'hospital' ? 0 : 1;
  const slack = Math.min(item.latest - night, 99);
  const value = priorityFactor(state.weights, item.priority) * item.nights;
  return hospital * 1e6 + slack * 1e3 - value;
}
