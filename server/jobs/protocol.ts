/** The messages between the job manager and a solve worker (structured-clone safe). */
import type { Figures } from '../../solver/checker/index.ts';
import type { Instance, Plan } from '../../solver/formats.ts';
import type { SolveProgress, SolveResult } from '../../solver/solve.ts';
import type { WhatIfResult } from '../../solver/scenario/run.ts';
import type { WhatIfProgress, WhatIfRequest } from '../../api/whatif.ts';

export type LpChoice = 'highs' | 'jslp' | 'none';

export interface SolveJobOptions {
  timeLimitSeconds: number;
  seed?: number | undefined;
  lp?: LpChoice | undefined;
}

export interface WorkerInput {
  instance: Instance;
  options: SolveJobOptions;
  /** One Int32: set to 1 by the manager to cancel; read by the worker between search steps. */
  cancelFlag: SharedArrayBuffer;
}

/** Manager → worker. */
export type ToWorker = { type: 'cancel' };

/** Worker → manager. */
export type FromWorker =
  | { type: 'progress'; progress: SolveProgress }
  | {
      type: 'result';
      result: Omit<SolveResult, 'plan'>;
      plan: Plan;
      figures: Figures;
    }
  | { type: 'error'; message: string };

/** The input of a what-if worker. */
export interface WhatIfWorkerInput {
  instance: Instance;
  request: WhatIfRequest;
  cancelFlag: SharedArrayBuffer;
}

/** What-if worker → manager. */
export type WhatIfFromWorker =
  | { type: 'progress'; progress: WhatIfProgress }
  | { type: 'result'; result: WhatIfResult }
  | { type: 'error'; message: string };
