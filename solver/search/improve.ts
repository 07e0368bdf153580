import { createRandom } from '../random.ts';
import { Journal } from './journal.ts';
import { insertWithEjection, relocate, remove, swapBeds } from './moves.ts';
import { ruinAndRecreate } from './ruin.ts';
import { moveSeriesToBed } from './seriesMoves.ts';
import type { State } from './state.ts';

export type SearchStatus = 'timeLimit' | 'iterationLimit' | 'cancelled';

export interface ImproveOptions {
  seed: number;
  deadline: number;
  maxIterations?: number | undefined;
  signal?: AbortSignal | undefined;
  onProgress?: (iterations: number, bestScore: number) => void;
}

const HISTORY = 200;
/** How often each move is tried: cumulative shares of the draw. */
const RUIN = 0.02;
const SERIES = 0.07;
const INSERT = 0.6;
const RELOCATE = 0.85;
const SWAP = 0.97;
const PROGRESS_EVERY_MS = 500;

/**
 * Late acceptance hill climbing: a move is kept when the plan is no worse than it was, or no worse than it
 * was HISTORY moves ago. The best plan seen is kept and restored at the end.
 */
export function improve(state: State, options: ImproveOptions): { status: SearchStatus; iterations: number } {
  const random = createRandom(options.seed);
  const journal = new Journal(state);
  const history = new Array<number>(HISTORY).fill(state.score);
  let best = state.score;
  let bestSnapshot: ReturnType<State['snapshot']> | null = null;
  let unplaced: number[] = [];
  let placed: number[] = [];
  let lastProgress = performance.now();
  let iterations = 0;
  const seriesIds = state.model.instance.series.map((s) => s.id);
  let status: SearchStatus = 'timeLimit';

  for (;;) {
    if (options.maxIterations !== undefined && iterations >= options.maxIterations) {
      status = 'iterationLimit';
      break;
    }
    if ((iterations & 63) === 0) {
      const now = performance.now();
      if (options.signal?.aborted) {
        status = 'cancelled';
        break;
      }
      if (options.maxIterations === undefined && now >= options.deadline) break;
      if (now - lastProgress >= PROGRESS_EVERY_MS) {
        options.onProgress?.(iterations, best);
        lastProgress = now;
      }
    }
    if (iterations % 500 === 0) {
      unplaced = state.items.filter((item) => !state.isPlaced(item.index)).map((item) => item.index);
      placed = state.items.filter((item) => state.isPlaced(item.index)).map((item) => item.index);
    }
    iterations++;

    if (bestSnapshot === null && state.score === best) bestSnapshot = state.snapshot();
    const before = state.score;
    const roll = random.float();
    let moved = false;
    if (roll < RUIN) {
      moved = ruinAndRecreate(state, journal, random, unplaced);
    } else if (roll < SERIES && seriesIds.length > 0) {
      moved = moveSeriesToBed(state, journal, random, random.pick(seriesIds));
    } else if (roll < INSERT && unplaced.length > 0) {
      moved = insertWithEjection(state, journal, random, random.pick(unplaced));
    } else if (roll < RELOCATE && placed.length > 0) {
      moved = relocate(state, journal, random, random.pick(placed));
    } else if (roll < SWAP && placed.length > 1) {
      moved = swapBeds(state, journal, random.pick(placed), random.pick(placed));
    } else if (placed.length > 0) {
      moved = remove(state, journal, random.pick(placed));
    }
    if (!moved) {
      journal.undo();
      continue;
    }
    const slot = iterations % HISTORY;
    const candidate = state.score;
    if (candidate <= before || candidate <= (history[slot] as number)) {
      journal.commit();
      if (candidate < best) {
        best = candidate;
        bestSnapshot = null;
      }
    } else {
      journal.undo();
    }
    if (state.score < (history[slot] as number)) history[slot] = state.score;
  }
  if (bestSnapshot !== null && state.score > best) state.restore(bestSnapshot);
  return { status, iterations };
}
