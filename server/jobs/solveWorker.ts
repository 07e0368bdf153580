/**
 * Runs one solve in its own thread (one fresh worker per job: HiGHS blocks its thread and its WASM memory
 * never shrinks, so each job gets a thread that is thrown away afterwards).
 *
 * Cancelling: the search loop is synchronous, so a message would only be read once it is over. The
 * manager therefore also sets a shared flag, which is read on every progress callback (twice a second in
 * the search) and aborts the solve's signal; the solve then returns the best plan so far.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkPlan } from '../../solver/checker/index.ts';
import { solve } from '../../solver/solve.ts';
import type { FromWorker, ToWorker, WorkerInput } from './protocol.ts';

const port = parentPort;
if (!port) throw new Error('solveWorker.ts runs as a worker thread only');

const { instance, options, cancelFlag } = workerData as WorkerInput;
const flag = new Int32Array(cancelFlag);
const controller = new AbortController();
const post = (message: FromWorker) => port.postMessage(message);
const checkCancel = () => {
  if (!controller.signal.aborted && Atomics.load(flag, 0) === 1) controller.abort();
};

port.on('message', (message: ToWorker) => {
  if (message.type === 'cancel') controller.abort();
});

try {
  checkCancel();
  const { plan, ...result } = await solve(instance, {
    timeLimitSeconds: options.timeLimitSeconds,
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.lp !== undefined ? { lp: options.lp } : {}),
    signal: controller.signal,
    onProgress: (progress) => {
      post({ type: 'progress', progress });
      checkCancel();
    },
  });
  const { figures } = checkPlan(instance, plan);
  post({ type: 'result', result, plan, figures });
} catch (error) {
  post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
} finally {
  // Nothing keeps the thread alive after this: it ends once the messages are out.
  port.removeAllListeners('message');
}
