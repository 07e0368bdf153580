/**
 * Long work written once as a generator that `yield`s between small steps, run either at once (tests, the
 * CLI) or in slices of a few milliseconds with the event loop free in between (the server), so that one
 * large upload never holds up every other request.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';

export type Sliced<T> = Generator<void, T, void>;

/** How long one slice may hold the event loop. */
export const SLICE_MS = 8;

export function runAtOnce<T>(work: Sliced<T>): T {
  let step = work.next();
  while (!step.done) step = work.next();
  return step.value;
}

export async function runInSlices<T>(work: Sliced<T>, sliceMs = SLICE_MS): Promise<T> {
  let sliceStart = performance.now();
  let step = work.next();
  while (!step.done) {
    if (performance.now() - sliceStart >= sliceMs) {
      await nextTurn();
      sliceStart = performance.now();
    }
    step = work.next();
  }
  return step.value;
}
