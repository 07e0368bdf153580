/**
 * Runs one what-if comparison in its own thread (see solveWorker.ts for why a fresh thread per job).
 * Cancelling ends the comparison without a result: a half-searched scenario compares nothing.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runWhatIf } from '../../solver/scenario/run.ts';
import type { WhatIfFromWorker, WhatIfWorkerInput, ToWorker } from './protocol.ts';

const port = parentPort;
if (!port) throw new Error('whatIfWorker.ts runs as a worker thread only');

const { instance, request, cancelFlag } = workerData as WhatIfWorkerInput;
const flag = new Int32Array(cancelFlag);
const controller = new AbortController();
const post = (message: WhatIfFromWorker) => port.postMessage(message);
const cancelled = () => controller.signal.aborted || Atomics.load(flag, 0) === 1;

port.on('message', (message: ToWorker) => {
  if (message.type === 'cancel') controller.abort();
});

try {
  const seeds = Array.from({ length: request.seeds }, (_, i) => i + 1);
  const runs = seeds.length * (request.scenarios.length + 1);
  let run = 0;
  const result = await runWhatIf(instance, request.scenarios, {
    seeds,
    // An iteration budget alone would stop at solve()'s 30 s default: the iterations are the budget.
    budget: { maxIterations: request.iterations, timeLimitSeconds: 3600 },
    figures: request.figures,
    signal: controller.signal,
    onRun: (scenario, seed) => {
      if (cancelled()) throw new Error('cancelled');
      run++;
      post({ type: 'progress', progress: { scenario, seed, run, runs } });
    },
  });
  if (cancelled()) throw new Error('cancelled');
  post({ type: 'result', result });
} catch (error) {
  post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
} finally {
  port.removeAllListeners('message');
}
