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

/**
 * Rotation series with the `from` pattern get the `to` pattern ('staircase': 1-6 twice, 2-6 twice, then
 * 3-6). Their first start, end and flexibility stay; a pin keeps its bed, and only occurrence 0 keeps its
 * start (the others' dates move with the pattern). Returns a copy; the input is untouched.
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
    series.pins = series.pins.map((pin) =>
      pin.occurrence === 0 || pin.start === undefined
        ? pin
        : { occurrence: pin.occurrence, ...(pin.bedId === undefined ? {} : { bedId: pin.bedId }) },
    );
    changed.push(series.id);
  }
  return { instance: copy, changed };
}
