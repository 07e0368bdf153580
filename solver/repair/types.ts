import { z } from 'zod';
import type { Figures, Violation } from '../checker/index.ts';
import type { Instance, Plan } from '../formats.ts';
import { weightsSchema } from '../objective/weights.ts';

/** What a move names: a request, or one stay of a rotation series. */
export type StayRef = { requestId: string } | { seriesId: string; occurrence: number };

/** Where a stay is: its bed (the one it holds from `today`, or its first) and its nights [start, end). */
export interface StaySpan {
  bedId: string;
  start: string;
  end: string;
}

/**
 * event: the stay an event names (or a stay a closure displaced); moved: a placement of the earlier plan
 * the repair changed; placed: a waiting stay that got a bed; unplaced: a stay that lost its bed.
 */
export type MoveKind = 'event' | 'moved' | 'placed' | 'unplaced';

export interface Move {
  ref: StayRef;
  from: StaySpan | null;
  to: StaySpan | null;
  /** One line in bokmål for the planner. */
  reason: string;
  kind: MoveKind;
}

/** The solver's weights plus what it costs to change a placement the earlier plan had. */
export const repairWeightsSchema = weightsSchema.extend({
  repairMove: z.number().min(0).default(50_000),
});

export type RepairWeights = z.infer<typeof repairWeightsSchema>;

export interface RepairOptions {
  /** Nights before this date never change. */
  today: string;
  /** Stays starting before today + noticeDays keep bed and start: the user has been told. Default 2. */
  noticeDays?: number;
  weights?: Partial<RepairWeights>;
  /** How many ejection trials the repair may make (default 60): bounds its time. */
  trials?: number;
}

export interface RepairFigures {
  before: Figures & { valid: boolean };
  after: Figures & {
    valid: boolean;
    /** Placements of the earlier plan, other than those an event touched, whose bed or start changed. */
    moves: number;
    /** Waiting stays that got a bed. */
    placedFromWaiting: number;
  };
}

/**
 * ok: every event applied and the plan keeps every hard rule. conflict: a stay under way could not be
 * kept whole (see `conflicts`). invalid: the checker found a broken rule (a bug; see `violations`).
 */
export type RepairStatus = 'ok' | 'conflict' | 'invalid';

export interface RepairResult {
  status: RepairStatus;
  /** The draft: judged against `instance`. */
  plan: Plan;
  /** The instance with the events applied. */
  instance: Instance;
  moves: Move[];
  figures: RepairFigures;
  /** Events that changed nothing, in bokmål (a no-show for a stay that is not in the plan, say). */
  warnings: string[];
  conflicts: string[];
  violations: Violation[];
}

/** An event names something the instance does not have, or asks for what cannot be (`invalid_event`). */
export class RepairInputError extends Error {
  constructor(
    readonly code: 'unknown_reference' | 'duplicate_id' | 'invalid_event',
    message: string,
  ) {
    super(message);
    this.name = 'RepairInputError';
  }
}
