import type { Phase } from '../../../../solver/formats.ts';
import { addDays, toDayNumber } from '../../lib/isoDates.ts';

export type PatternName = '3-6' | '3-3' | 'trapp' | 'egen';

export const patternLabels: Record<PatternName, string> = {
  '3-6': '3-6: tre uker inne, seks uker hjemme',
  '3-3': '3-3: tre uker inne, tre uker hjemme',
  trapp: 'Avlastningstrapp: 1-6 → 2-6 → 3-6',
  egen: 'Egendefinert',
};

export interface CustomPattern {
  inWeeks: number;
  homeWeeks: number;
}

/** The phases of a named pattern; the staircase takes each step `stepCount` times before 3-6 repeats. */
export function patternPhases(
  name: PatternName,
  custom: CustomPattern = { inWeeks: 1, homeWeeks: 1 },
  stepCount = 2,
): Phase[] {
  switch (name) {
    case '3-6':
      return [{ inNights: 21, homeNights: 42 }];
    case '3-3':
      return [{ inNights: 21, homeNights: 21 }];
    case 'trapp':
      return [
        { inNights: 7, homeNights: 42, count: stepCount },
        { inNights: 14, homeNights: 42, count: stepCount },
        { inNights: 21, homeNights: 42 },
      ];
    case 'egen':
      return [{ inNights: custom.inWeeks * 7, homeNights: custom.homeWeeks * 7 }];
  }
}

export interface Occurrence {
  occurrence: number;
  start: string;
  end: string;
}

/**
 * The occurrences of a series from its first start (formats.md): occurrence k starts at
 * start_0 + Σ_{j<k} (in_j + home_j), the last phase repeats, and none starts on or after `until`.
 */
export function expandPattern(phases: readonly Phase[], firstStart: string, until: string): Occurrence[] {
  if (phases.length === 0) return [];
  const result: Occurrence[] = [];
  const stop = toDayNumber(until);
  let start = firstStart;
  let phaseIndex = 0;
  let usedInPhase = 0;
  while (toDayNumber(start) < stop && result.length < 1000) {
    const phase = phases[phaseIndex]!;
    result.push({ occurrence: result.length, start, end: addDays(start, phase.inNights) });
    start = addDays(start, phase.inNights + phase.homeNights);
    usedInPhase++;
    if (phase.count !== undefined && usedInPhase >= phase.count && phaseIndex < phases.length - 1) {
      phaseIndex++;
      usedInPhase = 0;
    }
  }
  return result;
}
