import type { LpEngine } from '../lp/types.ts';
import { createRandom, type Random } from '../random.ts';
import { improve, type SearchStatus } from './improve.ts';
import { Journal } from './journal.ts';
import type { State } from './state.ts';
import { PhaseLog } from './phases.ts';
import { solveWindow, type Window } from './window.ts';

export interface ScheduleOptions {
  seed: number;
  deadline: number;
  maxIterations?: number | undefined;
  signal?: AbortSignal | undefined;
  /** The engine of the window MILPs; without one the whole search is late acceptance. */
  engine?: LpEngine | undefined;
  onProgress?: (iterations: number, bestScore: number) => void;
  /** Where each run of late acceptance and each window books what it changed. */
  phases?: PhaseLog | undefined;
}

/** Share of the search given to late acceptance before the first window. */
const FIRST_PHASE = 0.4;
/** Then rounds of this many windows and a short late-acceptance run. */
const WINDOWS_PER_ROUND = 6;
const ROUND_SHARE = 0.03;
/** A window counts as this many moves against an iteration budget (it takes about as long as that many). */
const WINDOW_ITERATIONS = 5_000;
const LAST_WINDOW_MS = 500;
const WINDOW_NODES = 200;
const WINDOW_COLUMNS = 15_000;
/** Window sizes in bed-nights (beds × nights). */
const WINDOW_START_SIZE = 300;
const WINDOW_MIN_SIZE = 120;
const WINDOW_MAX_SIZE = 1_500;

/**
 * The search: late acceptance first, then rounds of exact re-placement in windows of a few beds over a few
 * weeks (window.ts), each followed by a little late acceptance. Deterministic for a seed and an iteration
 * budget: the windows are drawn from the seed and each MILP stops at a node count, not a clock.
 */
export async function search(
  state: State,
  options: ScheduleOptions,
): Promise<{ status: SearchStatus; iterations: number }> {
  const started = performance.now();
  const budget = options.maxIterations;
  const span = options.deadline - started;
  let iterations = 0;
  const outOfBudget = () =>
    budget === undefined ? performance.now() >= options.deadline : iterations >= budget;
  const phases = options.phases ?? new PhaseLog(state);
  const lateAcceptance = async (share: number, seed: number) => {
    const run = await phases.run('lateAcceptance', () =>
      improve(state, {
        seed,
        deadline:
          budget === undefined ? Math.min(options.deadline, performance.now() + share * span) : Infinity,
        maxIterations:
          budget === undefined ? undefined : Math.min(budget - iterations, Math.ceil(share * budget)),
        signal: options.signal,
        onProgress: (n, best) => options.onProgress?.(iterations + n, best),
      }),
    );
    iterations += run.iterations;
    return run.status;
  };

  let status = await lateAcceptance(options.engine ? FIRST_PHASE : 1, options.seed);
  if (!options.engine || status === 'cancelled') return { status: finalStatus(status, budget), iterations };
  const random = createRandom(options.seed + 1);
  const journal = new Journal(state);
  let size = WINDOW_START_SIZE;
  // HiGHS may overrun its time limit, so the last moments before the deadline go to late acceptance.
  const windowFits = () =>
    !outOfBudget() && (budget !== undefined || options.deadline - performance.now() > LAST_WINDOW_MS);
  for (let round = 1; !outOfBudget(); round++) {
    for (let w = 0; w < WINDOWS_PER_ROUND && windowFits(); w++) {
      if (options.signal?.aborted) return { status: 'cancelled', iterations };
      const waiting = state.items.filter((item) => !state.isPlaced(item.index)).map((item) => item.index);
      const remaining = (options.deadline - performance.now()) / 1000;
      const engine = options.engine;
      const window = pickWindow(state, random, size);
      const outcome = await phases.run('windows', async () => {
        const solved = await solveWindow(state, journal, engine, window, waiting, {
          // The node limit decides where a window stops; the deadline is only a safety net.
          ...(budget === undefined ? { timeLimitSeconds: Math.max(remaining, 0.05) } : {}),
          nodeLimit: WINDOW_NODES,
          maxColumns: WINDOW_COLUMNS,
        });
        journal.commit();
        return solved;
      });
      iterations += WINDOW_ITERATIONS;
      // Windows grow while HiGHS proves them optimal and shrink when it stops short.
      size = Math.min(
        WINDOW_MAX_SIZE,
        Math.max(WINDOW_MIN_SIZE, size * (outcome.status === 'optimal' ? 1.15 : 0.8)),
      );
    }
    options.onProgress?.(iterations, state.score);
    if (outOfBudget()) break;
    status = await lateAcceptance(windowFits() ? ROUND_SHARE : 1, options.seed + 1 + round);
    if (status === 'cancelled') return { status, iterations };
  }
  return { status: budget === undefined ? 'timeLimit' : 'iterationLimit', iterations };
}

function finalStatus(status: SearchStatus, budget: number | undefined): SearchStatus {
  if (status === 'cancelled') return status;
  return budget === undefined ? 'timeLimit' : 'iterationLimit';
}

/**
 * About `size` bed-nights around an idle bed-night (where a window can gain): four to twelve beds of one
 * class (the same tags, so stays move freely between them) next to each other in the bed order, often in
 * one ward, over three to twelve weeks.
 */
export function pickWindow(state: State, random: Random, size: number): Window {
  const { beds, horizonNights } = state.model;
  let first = random.pick(beds);
  let night = random.int(0, horizonNights - 1);
  for (let tries = 0; tries < 50 && !state.occupancy.isFree(first.index, night); tries++) {
    first = random.pick(beds);
    night = random.int(0, horizonNights - 1);
  }
  const key = tagKey(first.tags);
  const sameWard = random.chance(0.5);
  const peers = beds.filter((b) => tagKey(b.tags) === key && (!sameWard || b.wardId === first.wardId));
  const count = Math.min(peers.length, random.int(4, 12));
  const at = peers.findIndex((b) => b.index === first.index);
  const begin = Math.max(0, Math.min(at - random.int(0, count - 1), peers.length - count));
  const nights = Math.min(horizonNights, 7 * Math.max(3, Math.min(12, Math.round(size / count / 7))));
  const from = Math.max(0, Math.min(night - random.int(0, nights - 1), horizonNights - nights));
  return { beds: peers.slice(begin, begin + count).map((b) => b.index), from, to: from + nights };
}

function tagKey(tags: ReadonlySet<string>): string {
  return [...tags].sort().join('+');
}
