import type { State } from './state.ts';

export type PhaseName = 'guide' | 'seriesPacking' | 'construction' | 'lateAcceptance' | 'windows';

/**
 * What one phase of the solve did to the plan: the score and the plan's bed-nights inside the horizon
 * (fixed stays left out) when it first ran and after its last run, with the other phases' changes in
 * between left out (late acceptance and the windows take turns), and the seconds it took in all.
 */
export interface PhaseRecord {
  phase: PhaseName;
  scoreStart: number;
  scoreEnd: number;
  bedNightsStart: number;
  bedNightsEnd: number;
  seconds: number;
}

/** Bed-nights inside the horizon of the placed items. */
export function planBedNights(state: State): number {
  let nights = 0;
  for (const item of state.items)
    if (state.isPlaced(item.index))
      nights += state.nightsInHorizon(state.startOf[item.index] as number, item.nights);
  return nights;
}

/** Adds up, phase by phase, what each run of a phase changed. */
export class PhaseLog {
  private readonly records = new Map<PhaseName, PhaseRecord>();

  constructor(private readonly state: State) {}

  /** Runs `step` as part of `phase` and books its change of score and bed-nights to it. */
  async run<T>(phase: PhaseName, step: () => T | Promise<T>): Promise<T> {
    const started = performance.now();
    const score = this.state.score;
    const bedNights = planBedNights(this.state);
    const result = await step();
    const record = this.records.get(phase) ?? {
      phase,
      scoreStart: score,
      scoreEnd: score,
      bedNightsStart: bedNights,
      bedNightsEnd: bedNights,
      seconds: 0,
    };
    record.scoreEnd += this.state.score - score;
    record.bedNightsEnd += planBedNights(this.state) - bedNights;
    record.seconds += (performance.now() - started) / 1000;
    this.records.set(phase, record);
    return result;
  }

  list(): PhaseRecord[] {
    return [...this.records.values()];
  }
}
