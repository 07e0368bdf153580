import { daysBetween } from '../dates.ts';
import type { Instance, Phase } from '../formats.ts';
import { STAIRCASE } from './schema.ts';

export interface SeriesResult {
  instance: Instance;
  /** Ids of the series given the new pattern. */
  changed: string[];
}

/** Same phases in order; counts compared as written (1 when left out), except the last phase's. */
function samePattern(a: readonly Phase[], b: readonly Phase[]): boolean {
  return (
    a.length === b.length &&
    a.every((phase, i) => {
      const other = b[i] as Phase;
      const last = i === a.length - 1;
      return (
        phase.inNights === other.inNights &&
        phase.homeNights === other.homeNights &&
        (last || (phase.count ?? 1) === (other.count ?? 1))
      );
    })
  );
}

/** How many occurrences the pattern can have: those whose pattern date is before `until` from the earliest start. */
function mostOccurrences(phases: readonly Phase[], firstStart: string, until: string): number {
  const days = daysBetween(firstStart, until);
  let offset = 0;
  let k = 0;
  for (const [i, phase] of phases.entries()) {
    const last = i === phases.length - 1;
    for (let n = 0; (last || n < (phase.count ?? 1)) && offset < days; n++, k++)
      offset += phase.inNights + phase.homeNights;
    if (offset >= days) break;
  }
  return k;
}

/**
 * Rotation series with the `from` pattern get the `to` pattern ('staircase': 1-6 twice, 2-6 twice, then
 * 3-6). Their first start, end and flexibility stay; a pin keeps its bed, only occurrence 0 keeps its start
 * (the others' dates move with the pattern), and a pin on an occurrence the new pattern no longer has goes.
 * Returns a copy; the input is untouched.
 */
export function convertSeries(
  instance: Instance,
  from: readonly Phase[],
  to: 'staircase' | readonly Phase[],
): SeriesResult {
  const copy = structuredClone(instance);
  const phases = to === 'staircase' ? STAIRCASE : to;
  const changed: string[] = [];
  for (const series of copy.series) {
    if (!samePattern(series.phases, from)) continue;
    series.phases = structuredClone([...phases]);
    const occurrences = mostOccurrences(series.phases, series.firstStart.earliest, series.until);
    series.pins = series.pins
      .filter((pin) => pin.occurrence < occurrences)
      .map((pin) =>
        pin.occurrence === 0 || pin.start === undefined
          ? pin
          : { occurrence: pin.occurrence, ...(pin.bedId === undefined ? {} : { bedId: pin.bedId }) },
      );
    changed.push(series.id);
  }
  return { instance: copy, changed };
}
