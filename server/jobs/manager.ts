/**
 * Solve jobs: each solve runs in a fresh worker thread; the manager keeps each job's latest progress,
 * its progress history (for server-sent events) and, when done, its plan, which it saves as a draft plan
 * version of the instance.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Logger } from 'pino';
import type { Figures } from '../../solver/checker/index.ts';
import type { Instance, Plan } from '../../solver/formats.ts';
import type { SolveProgress } from '../../solver/solve.ts';
import type { Database } from '../db/database.ts';
import { silentLogger } from '../log.ts';
import { auditedTransactions } from '../audit/audited.ts';
import type { SessionUser } from '../auth/types.ts';
import { saveDraft } from '../repos/plans.ts';
import type { PlanSummary } from '../../api/plans.ts';
import type { WhatIfProgress, WhatIfRequest } from '../../api/whatif.ts';
import type { WhatIfResult } from '../../solver/scenario/run.ts';
import type {
  FromWorker,
  SolveJobOptions,
  ToWorker,
  WhatIfFromWorker,
  WhatIfWorkerInput,
  WorkerInput,
} from './protocol.ts';

export type JobStatus = 'running' | 'done' | 'cancelled' | 'failed';

/** What GET /api/jobs/:jobId answers: a solve job, or a what-if job (`kind`, `run`, `result`: api/whatif.ts). */
export interface JobView {
  id: string;
  kind?: 'whatif';
  instanceId: string;
  status: JobStatus;
  progress: SolveProgress | null;
  /** A what-if job's solve under way. */
  run?: WhatIfProgress | null;
  result?: WhatIfResult;
  planId?: number;
  figures?: Figures;
  error?: string;
}

/** What a subscriber hears: each progress message, then one final event. */
export type JobEvent =
  | { type: 'progress'; progress: SolveProgress }
  | { type: 'run'; run: WhatIfProgress }
  | { type: 'done'; job: JobView };

type Listener = (event: JobEvent) => void;

interface Job {
  id: string;
  kind: 'solve' | 'whatif';
  instanceId: string;
  status: JobStatus;
  progress: SolveProgress | WhatIfProgress | null;
  history: (SolveProgress | WhatIfProgress)[];
  whatIf?: WhatIfResult;
  planId?: number;
  figures?: Figures;
  error?: string;
  plan?: Plan;
  /** Who started it: the draft it saves is audited in their name. */
  startedBy?: SessionUser;
  cancelRequested: boolean;
  worker: Worker | null;
  cancelFlag: Int32Array;
  listeners: Set<Listener>;
  finished: Promise<void>;
  settle: () => void;
}

export interface JobManagerOptions {
  db: Database;
  /** Jobs running at once; past it, start() throws TooManyJobsError. Default 1. */
  maxJobs?: number;
  logger?: Logger;
  /** How long a cancelled worker gets to hand back its best plan before it is terminated. Default 3000. */
  cancelGraceMs?: number;
}

export class TooManyJobsError extends Error {
  constructor(readonly limit: number) {
    super(
      `${limit} ${limit === 1 ? 'planleggingsjobb' : 'planleggingsjobber'} kjører allerede; prøv igjen når ${limit === 1 ? 'den' : 'de'} er ferdig`,
    );
    this.name = 'TooManyJobsError';
  }
}

export class StoppingError extends Error {
  constructor() {
    super('serveren stopper og starter ingen flere planleggingsjobber');
    this.name = 'StoppingError';
  }
}

/** Progress messages kept per job for late subscribers (two a second: over 15 minutes of search). */
const MAX_HISTORY = 2000;
/** Finished jobs kept in memory; the oldest are forgotten first (their plans are in the database). */
const MAX_FINISHED = 100;

const WORKER_URLS = {
  solve: new URL('./solveWorker.ts', import.meta.url).href,
  whatif: new URL('./whatIfWorker.ts', import.meta.url).href,
};
/** tsx's API, resolved from here so that the worker does not depend on the working directory. */
const TSX_API = (() => {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as {
    exports: { './esm/api': { import: { default: string } } };
  };
  return new URL(exports['./esm/api'].import.default, pathToFileURL(manifest)).href;
})();
/**
 * The worker's bootstrap: registers tsx, then loads solveWorker.ts. (On Node 20, `execArgv: ['--import',
 * 'tsx']` does not reach a worker's entry module: "Unknown file extension .ts". Registering in the thread
 * does, the same way bin/sengeplan.js does in the main thread; it works under vitest and under `serve`.)
 */
const bootstrap = (workerUrl: string) => `import(${JSON.stringify(TSX_API)})
  .then((tsx) => (tsx.register ?? tsx.default.register)())
  .then(() => import(${JSON.stringify(workerUrl)}));`;

const whatIfViewOf = (job: Job): JobView => ({
  id: job.id,
  kind: 'whatif',
  instanceId: job.instanceId,
  status: job.status,
  progress: null,
  run: job.progress as WhatIfProgress | null,
  ...(job.whatIf !== undefined ? { result: job.whatIf } : {}),
  ...(job.error !== undefined ? { error: job.error } : {}),
});

const viewOf = (job: Job): JobView => (job.kind === 'whatif' ? whatIfViewOf(job) : solveViewOf(job));

const solveViewOf = (job: Job): JobView => ({
  id: job.id,
  instanceId: job.instanceId,
  status: job.status,
  progress: job.progress as SolveProgress | null,
  ...(job.planId !== undefined ? { planId: job.planId } : {}),
  ...(job.figures !== undefined ? { figures: job.figures } : {}),
  ...(job.error !== undefined ? { error: job.error } : {}),
});

export class JobManager {
  private readonly jobs = new Map<string, Job>();
  private readonly db: Database;
  private readonly logger: Logger;
  private readonly cancelGraceMs: number;
  private stopped = false;
  readonly maxJobs: number;

  constructor({ db, maxJobs = 1, logger = silentLogger, cancelGraceMs = 3000 }: JobManagerOptions) {
    this.db = db;
    this.maxJobs = maxJobs;
    this.logger = logger;
    this.cancelGraceMs = cancelGraceMs;
  }

  get running(): number {
    let count = 0;
    for (const job of this.jobs.values()) if (job.status === 'running') count++;
    return count;
  }

  /** Starts a solve of `instance` in a fresh worker; synchronous, so the limit check cannot race. */
  start(instanceId: string, instance: Instance, options: SolveJobOptions, startedBy?: SessionUser): JobView {
    const { job, cancelBuffer } = this.newJob('solve', instanceId, startedBy);
    const workerData: WorkerInput = { instance, options, cancelFlag: cancelBuffer };
    this.run(
      job,
      workerData,
      (outcome: Extract<FromWorker, { type: 'result' } | { type: 'error' }> | undefined) =>
        this.finish(job, outcome),
    );
    this.logger.info({ jobId: job.id, instanceId, options }, 'solve job started');
    return viewOf(job);
  }

  /** Starts a what-if comparison of `instance` in a fresh worker; it changes no instance and no plan. */
  startWhatIf(
    instanceId: string,
    instance: Instance,
    request: WhatIfRequest,
    startedBy?: SessionUser,
  ): JobView {
    const { job, cancelBuffer } = this.newJob('whatif', instanceId, startedBy);
    const workerData: WhatIfWorkerInput = { instance, request, cancelFlag: cancelBuffer };
    this.run(
      job,
      workerData,
      (outcome: Extract<WhatIfFromWorker, { type: 'result' } | { type: 'error' }> | undefined) =>
        this.finishWhatIf(job, outcome),
    );
    this.logger.info({ jobId: job.id, instanceId }, 'what-if job started');
    return whatIfViewOf(job);
  }

  private newJob(kind: Job['kind'], instanceId: string, startedBy?: SessionUser) {
    if (this.stopped) throw new StoppingError();
    if (this.running >= this.maxJobs) throw new TooManyJobsError(this.maxJobs);
    const cancelBuffer = new SharedArrayBuffer(4);
    let settle!: () => void;
    const job: Job = {
      id: randomUUID(),
      kind,
      instanceId,
      status: 'running',
      progress: null,
      history: [],
      ...(startedBy ? { startedBy } : {}),
      cancelRequested: false,
      worker: null,
      cancelFlag: new Int32Array(cancelBuffer),
      listeners: new Set(),
      finished: new Promise<void>((resolve) => (settle = resolve)),
      settle: () => settle(),
    };
    this.jobs.set(job.id, job);
    this.forgetOldJobs();
    return { job, cancelBuffer };
  }

  /** Runs the job's worker; progress messages go to the job, the final message to `finish`. */
  private run<Final extends { type: 'result' | 'error' }>(
    job: Job,
    workerData: WorkerInput | WhatIfWorkerInput,
    finish: (outcome: Final | undefined) => Promise<void>,
  ) {
    const worker = new Worker(bootstrap(WORKER_URLS[job.kind]), { eval: true, execArgv: [], workerData });
    job.worker = worker;
    let outcome: Final | undefined;
    worker.on(
      'message',
      (message: Final | { type: 'progress'; progress: SolveProgress | WhatIfProgress }) => {
        if (message.type === 'progress') {
          const { progress } = message as { progress: SolveProgress | WhatIfProgress };
          job.progress = progress;
          job.history.push(progress);
          if (job.history.length > MAX_HISTORY) job.history.shift();
          this.emit(
            job,
            job.kind === 'whatif'
              ? { type: 'run', run: progress as WhatIfProgress }
              : { type: 'progress', progress: progress as SolveProgress },
          );
        } else {
          // The answer is in; the thread would linger (tsx's loader keeps it alive), so end it here.
          outcome = message as Final;
          void worker.terminate();
        }
      },
    );
    worker.on('error', (error) => {
      outcome ??= { type: 'error', message: error.message } as unknown as Final;
    });
    worker.once('exit', () => {
      job.worker = null;
      void finish(outcome).finally(job.settle);
    });
  }

  private async finishWhatIf(
    job: Job,
    outcome: Extract<WhatIfFromWorker, { type: 'result' } | { type: 'error' }> | undefined,
  ) {
    if (job.cancelRequested) {
      job.status = 'cancelled';
    } else if (outcome?.type === 'result') {
      job.whatIf = outcome.result;
      job.status = 'done';
    } else {
      job.status = 'failed';
      job.error = outcome?.message ?? 'the what-if worker ended without a result';
    }
    this.logger.info({ jobId: job.id, status: job.status, error: job.error }, 'what-if job finished');
    this.emit(job, { type: 'done', job: viewOf(job) });
    job.listeners.clear();
    await Promise.resolve();
  }

  private async finish(
    job: Job,
    outcome: Extract<FromWorker, { type: 'result' } | { type: 'error' }> | undefined,
  ) {
    if (outcome?.type === 'result') {
      job.plan = outcome.plan;
      job.figures = outcome.figures;
      try {
        const { startedBy } = job;
        const db = startedBy
          ? auditedTransactions(this.db, (summary: PlanSummary) => ({
              user: startedBy,
              action: 'plan.save',
              object: `plan/${summary.id}`,
              after: { ...summary, jobId: job.id },
            }))
          : this.db;
        const saved = await saveDraft(db, job.instanceId, outcome.plan);
        job.planId = saved.id;
        job.status = outcome.result.status === 'cancelled' || job.cancelRequested ? 'cancelled' : 'done';
      } catch (error) {
        job.status = 'failed';
        job.error = `the plan could not be saved: ${(error as Error).message}`;
      }
    } else if (job.cancelRequested) {
      job.status = 'cancelled';
      job.error = 'the solve did not stop in time and was ended without a plan';
    } else {
      job.status = 'failed';
      job.error = outcome?.message ?? 'the solve worker ended without a result';
    }
    this.logger.info(
      { jobId: job.id, status: job.status, planId: job.planId, error: job.error },
      'solve job finished',
    );
    this.emit(job, { type: 'done', job: viewOf(job) });
    job.listeners.clear();
  }

  private emit(job: Job, event: JobEvent) {
    for (const listener of job.listeners) listener(event);
  }

  private forgetOldJobs() {
    const finished = [...this.jobs.values()].filter((job) => job.status !== 'running');
    for (const job of finished.slice(0, Math.max(0, finished.length - MAX_FINISHED)))
      this.jobs.delete(job.id);
  }

  get(id: string): JobView | undefined {
    const job = this.jobs.get(id);
    return job && viewOf(job);
  }

  /** The plan of a finished job, while the job is remembered. */
  planOf(id: string): Plan | undefined {
    return this.jobs.get(id)?.plan;
  }

  /**
   * Replays the progress so far to `listener`, then follows the job until its final event. Returns the
   * unsubscribe function. A finished job gets its history and the final event at once.
   */
  subscribe(id: string, listener: Listener): (() => void) | undefined {
    const job = this.jobs.get(id);
    if (!job) return undefined;
    for (const progress of job.history)
      listener(
        job.kind === 'whatif'
          ? { type: 'run', run: progress as WhatIfProgress }
          : { type: 'progress', progress: progress as SolveProgress },
      );
    if (job.status !== 'running') {
      listener({ type: 'done', job: viewOf(job) });
      return () => {};
    }
    job.listeners.add(listener);
    return () => job.listeners.delete(listener);
  }

  /**
   * Asks the solve to stop and hand back its best plan (saved as a draft); a worker that has not ended
   * within the grace period (HiGHS does not look at the signal) is terminated. Undefined for an unknown job.
   */
  cancel(id: string): JobView | undefined {
    const job = this.jobs.get(id);
    if (!job) return undefined;
    const worker = job.worker;
    if (job.status === 'running' && worker && !job.cancelRequested) {
      job.cancelRequested = true;
      Atomics.store(job.cancelFlag, 0, 1);
      worker.postMessage({ type: 'cancel' } satisfies ToWorker);
      const timer = setTimeout(() => void worker.terminate(), this.cancelGraceMs);
      timer.unref();
      worker.once('exit', () => clearTimeout(timer));
    }
    return viewOf(job);
  }

  /** Waits until the job has ended and its plan is saved. */
  async settled(id: string): Promise<JobView | undefined> {
    await this.jobs.get(id)?.finished;
    return this.get(id);
  }

  /** On server stop: cancels every running job and waits for them (each worker is gone within the grace). */
  async stop(): Promise<void> {
    this.stopped = true;
    const running = [...this.jobs.values()].filter((job) => job.status === 'running');
    for (const job of running) this.cancel(job.id);
    await Promise.all(running.map((job) => job.finished));
  }
}
