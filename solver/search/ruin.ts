import type { Random } from '../random.ts';
import type { Item } from './items.ts';
import type { Journal } from './journal.ts';
import { reinsert } from './moves.ts';
import type { State } from './state.ts';
import { sweep } from './sweep.ts';

/**
 * Ruin and recreate: empties a random ward over a few weeks of home applicants' stays, then fills it again
 * night by night from those stays and the waiting list (the construction's sweep, on that region only).
 * What does not fit back is placed elsewhere or left unplaced; the score decides whether to keep it.
 */
export function ruinAndRecreate(
  state: State,
  journal: Journal,
  random: Random,
  unplaced: readonly number[],
): boolean {
  const { model } = state;
  const ward = (model.beds[random.int(0, model.beds.length - 1)] as { wardId: string }).wardId;
  const beds = model.beds.filter((b) => b.wardId === ward).map((b) => b.index);
  const weeks = random.int(2, 6);
  const from = random.int(0, Math.max(0, model.horizonNights - 7 * weeks));
  const to = from + 7 * weeks;
  const ruined = new Set<number>();
  for (const bed of beds) {
    for (const i of state.itemsOn(bed, from, to)) {
      const item = state.items[i];
      if (!item || item.pinned || item.source !== 'home' || (state.startOf[i] as number) < from) continue;
      ruined.add(i);
    }
  }
  if (ruined.size === 0) return false;
  for (const i of ruined) journal.unplace(i);
  const bedSet = new Set(beds);
  const candidates = [...ruined, ...unplaced].filter((i) => {
    const item = state.items[i] as Item;
    return (
      !state.isPlaced(i) &&
      item.source !== 'hospital' &&
      item.latest >= from &&
      item.earliest < to &&
      item.beds.some((b) => bedSet.has(b))
    );
  });
  sweep(state, candidates, { beds, from, to }, (i, bed, start) => journal.place(i, bed, start));
  for (const i of ruined) if (!state.isPlaced(i)) reinsert(state, journal, i);
  return true;
}
