/**
 * Series occurrences, expanded here from the instance alone (the checker shares no code with any solver).
 *
 * Pattern. Occurrence k (k = 0, 1, ...) has pattern date p_k = start_0 + sum over j < k of (in_j + home_j), where
 * in_j and home_j come from the phase occurrence j falls in: the phases in order, each used `count` times (count
 * defaults to 1), the LAST phase repeating forever (its count ignored). Occurrences exist while p_k < until.
 * Occurrence k stays exactly in_k nights; occurrence 0 starts exactly on start_0, which must lie in firstStart;
 * occurrence k > 0 starts in [p_k - flexDays, p_k + flexDays]. The start of a placed occurrence is the start of
 * its earliest segment.
 *
 * Anchor rule (what start_0 is):
 * - Occurrence 0 placed: start_0 is its start. Whether that start lies in firstStart is the pattern rule's business.
 * - Occurrence 0 not placed: start_0 is the earliest date d in [firstStart.earliest, firstStart.latest] that is
 *   consistent with every placed occurrence k, meaning occurrence k exists for d (d + offset_k < until) and starts
 *   in [d + offset_k - flexDays, d + offset_k + flexDays]. With no occurrence placed that is firstStart.earliest.
 * - If no date in firstStart is consistent with every placed occurrence, start_0 is the date with the fewest
 *   inconsistent placed occurrences (the earliest such date on ties); the pattern rule then reports the placed
 *   occurrences that start outside their flex windows, and the reference rule those that do not exist.
 * The occurrences that must be covered (rule 1) are exactly those that exist for this start_0.
 */
import type { Phase, Series } from '../formats.ts';
import type { DayIndex } from '../dates.ts';

/** Occurrence k's place in the pattern: days from start_0 to p_k, and the nights it stays. */
export interface PatternStep {
  offset: number;
  nights: number;
}

export interface Occurrence {
  index: number;
  /** p_k as a night index. */
  patternStart: number;
  nights: number;
}

export type AnchorSource = 'occurrence0' | 'fitted' | 'earliest';

export interface SeriesSchedule {
  series: Series;
  firstStart: { earliest: number; latest: number };
  until: number;
  /** start_0 as a night index, chosen by the anchor rule above. */
  start0: number;
  anchor: AnchorSource;
  /** Placed occurrences k > 0 that do not fit start_0 (exist and start within flex); empty when all fit. */
  misfits: number[];
  /** The occurrences that exist for start_0: 0 .. n-1. */
  occurrences: Occurrence[];
  /** Pattern steps for every occurrence that could exist for the lowest start considered. */
  steps: PatternStep[];
}

/** The phase occurrence k falls in. */
export function phaseOf(series: Series, k: number): Phase {
  let rest = k;
  for (const [i, phase] of series.phases.entries()) {
    const isLast = i === series.phases.length - 1;
    const count = phase.count ?? 1;
    if (isLast || rest < count) return phase;
    rest -= count;
  }
  throw new Error(`series ${series.id} has no phases`);
}

/** Steps of occurrences 0, 1, ... while lowestStart + offset < until. */
export function patternSteps(series: Series, lowestStart: number, until: number): PatternStep[] {
  const steps: PatternStep[] = [];
  let offset = 0;
  for (let k = 0; lowestStart + offset < until; k++) {
    const phase = phaseOf(series, k);
    const cycle = phase.inNights + phase.homeNights;
    if (cycle <= 0) throw new Error(`series ${series.id}: a phase must have at least one night`);
    steps.push({ offset, nights: phase.inNights });
    offset += cycle;
  }
  return steps;
}

/** Does placed occurrence k, starting at `start`, exist and keep its flex window when occurrence 0 is at `start0`? */
function fits(
  schedule: Omit<SeriesSchedule, 'start0' | 'anchor' | 'misfits' | 'occurrences'>,
  start0: number,
) {
  return (k: number, start: number): boolean => {
    const step = schedule.steps[k];
    if (step === undefined || start0 + step.offset >= schedule.until) return false;
    return Math.abs(start - (start0 + step.offset)) <= schedule.series.flexDays;
  };
}

/**
 * Applies the anchor rule and lists the occurrences that exist.
 * `placedStarts` maps each placed occurrence index to its start (night index).
 */
export function scheduleSeries(
  series: Series,
  day: DayIndex,
  placedStarts: ReadonlyMap<number, number>,
): SeriesSchedule {
  const firstStart = {
    earliest: day.of(series.firstStart.earliest),
    latest: day.of(series.firstStart.latest),
  };
  const until = day.of(series.until);
  const placed0 = placedStarts.get(0);
  const lowest = placed0 === undefined ? firstStart.earliest : Math.min(firstStart.earliest, placed0);
  const base = { series, firstStart, until, steps: patternSteps(series, lowest, until) };
  const misfitsAt = (start0: number): number[] => {
    const fit = fits(base, start0);
    return [...placedStarts].filter(([k, start]) => k > 0 && !fit(k, start)).map(([k]) => k);
  };

  let start0 = firstStart.earliest;
  let anchor: AnchorSource = 'earliest';
  let misfits: number[] = [];
  if (placed0 !== undefined) {
    start0 = placed0;
    anchor = 'occurrence0';
    misfits = misfitsAt(start0);
  } else if (placedStarts.size > 0) {
    anchor = 'fitted';
    misfits = misfitsAt(start0);
    for (let d = firstStart.earliest + 1; d <= firstStart.latest && misfits.length > 0; d++) {
      const candidate = misfitsAt(d);
      if (candidate.length < misfits.length) {
        start0 = d;
        misfits = candidate;
      }
    }
  }

  const occurrences: Occurrence[] = [];
  for (const [index, step] of base.steps.entries()) {
    if (start0 + step.offset >= until) break;
    occurrences.push({ index, patternStart: start0 + step.offset, nights: step.nights });
  }
  return { ...base, start0, anchor, misfits, occurrences };
}
