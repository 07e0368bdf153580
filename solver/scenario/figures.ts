/**
 * The figures a what-if comparison reads for one solved scenario, from the instance and the plan alone.
 * Bed-nights, the waiting list and waiting days are the checker's; the rest is counted here.
 */
import { checkPlan } from '../checker/index.ts';
import { DayIndex, daysBetween, maxDate, minDate } from '../dates.ts';
import { isSeriesStay, type Instance, type Plan, type Request } from '../formats.ts';
import type { FigureOptions } from './schema.ts';

export interface ScenarioFigures {
  /** People with at least one placed stay; from home (a home request or a rotation series) or hospital. */
  usersServed: number;
  usersServedFromHome: number;
  usersServedFromHospital: number;
  /** Placed requests and rotation occurrences: each stay is one decision (vedtak) to make. */
  stays: number;
  staysFromHome: number;
  staysFromHospital: number;
  occupiedBedNights: number;
  idleBedNights: number;
  /** Requests and rotation occurrences not placed in the horizon. */
  waitingAtEnd: number;
  waitDays: number;
  /** Placed hospital discharges: days from earliestStart to their start (the checker's). */
  hospitalWaitDays: number;
  /** Hospital discharges not placed in the horizon. */
  hospitalUnplaced: number;
  /** Unplaced hospital discharges: days from earliestStart to the end of the horizon, at least. */
  hospitalWaitDaysUnplaced: number;
  /** Both, at the day cost. */
  hospitalWaitCost: number;
  /** Someone leaves a bed (a room to clean): plan and fixed stays ending inside the horizon, transfers too. */
  departures: number;
  /** Fee-paying nights inside the horizon at the fee per night (fixed stays, whose kind is not known, left out). */
  feeIncome: number;
  /** People whose fee-paying nights in one calendar year pass the limit (whole stays, the horizon's end is no cut). */
  peopleOverNightLimit: number;
  /** Whether the checker found no broken hard rule. */
  valid: boolean;
}

export const figureNames = [
  'usersServed',
  'usersServedFromHome',
  'usersServedFromHospital',
  'stays',
  'staysFromHome',
  'staysFromHospital',
  'occupiedBedNights',
  'idleBedNights',
  'waitingAtEnd',
  'waitDays',
  'hospitalWaitDays',
  'hospitalUnplaced',
  'hospitalWaitDaysUnplaced',
  'hospitalWaitCost',
  'departures',
  'feeIncome',
  'peopleOverNightLimit',
] as const satisfies readonly (keyof ScenarioFigures)[];

export type FigureName = (typeof figureNames)[number];

/** Nights of [start, end) per calendar year. */
function nightsByYear(start: string, end: string): Map<string, number> {
  const byYear = new Map<string, number>();
  for (let year = Number(start.slice(0, 4)); `${year}-01-01` < end; year++)
    byYear.set(String(year), daysBetween(maxDate(start, `${year}-01-01`), minDate(end, `${year + 1}-01-01`)));
  return byYear;
}

function nightsInside(stay: { start: string; end: string }, from: string, to: string): number {
  return Math.max(0, daysBetween(maxDate(stay.start, from), minDate(stay.end, to)));
}

export function scenarioFigures(instance: Instance, plan: Plan, options: FigureOptions): ScenarioFigures {
  const { valid, figures } = checkPlan(instance, plan);
  const { start: horizonStart, end: horizonEnd } = instance.horizon;
  const requests = new Map(instance.requests.map((r) => [r.id, r]));
  const seriesPerson = new Map(instance.series.map((s) => [s.id, s.personId]));
  const placedRequests = new Map<string, Request>();
  const placedOccurrences = new Set<string>();
  const fromHome = new Set<string>();
  const fromHospital = new Set<string>();
  const feeNights = new Map<string, number>();
  let departures = 0;
  let feeIncome = 0;
  for (const stay of plan.stays) {
    if (stay.end > horizonStart && stay.end <= horizonEnd) departures++;
    if (isSeriesStay(stay)) {
      placedOccurrences.add(`${stay.seriesId}#${stay.occurrence}`);
      const personId = seriesPerson.get(stay.seriesId);
      if (personId !== undefined) fromHome.add(personId);
      continue;
    }
    const request = requests.get(stay.requestId);
    if (request === undefined) continue;
    placedRequests.set(request.id, request);
    (request.source === 'hospital' ? fromHospital : fromHome).add(request.personId);
    if (!options.feeKinds.includes(request.kind)) continue;
    feeIncome += nightsInside(stay, horizonStart, horizonEnd) * options.feePerNight;
    for (const [year, nights] of nightsByYear(stay.start, stay.end)) {
      const key = `${request.personId} ${year}`;
      feeNights.set(key, (feeNights.get(key) ?? 0) + nights);
    }
  }
  for (const fixed of instance.fixed) if (fixed.end > horizonStart && fixed.end <= horizonEnd) departures++;

  const day = new DayIndex(horizonStart);
  let hospitalUnplaced = 0;
  let hospitalWaitDaysUnplaced = 0;
  for (const request of instance.requests) {
    if (request.source !== 'hospital' || placedRequests.has(request.id)) continue;
    hospitalUnplaced++;
    hospitalWaitDaysUnplaced += Math.max(0, day.of(horizonEnd) - day.of(request.earliestStart));
  }
  const hospitalStays = [...placedRequests.values()].filter((r) => r.source === 'hospital').length;
  const stays = placedRequests.size + placedOccurrences.size;
  return {
    usersServed: new Set([...fromHome, ...fromHospital]).size,
    usersServedFromHome: fromHome.size,
    usersServedFromHospital: fromHospital.size,
    stays,
    staysFromHome: stays - hospitalStays,
    staysFromHospital: hospitalStays,
    occupiedBedNights: figures.occupiedBedNights,
    idleBedNights: figures.idleBedNights,
    waitingAtEnd: figures.unplaced,
    waitDays: figures.waitDays,
    hospitalWaitDays: figures.hospitalWaitDays,
    hospitalUnplaced,
    hospitalWaitDaysUnplaced,
    hospitalWaitCost: (figures.hospitalWaitDays + hospitalWaitDaysUnplaced) * options.hospitalDayCost,
    departures,
    feeIncome,
    peopleOverNightLimit: new Set(
      [...feeNights]
        .filter(([, nights]) => nights > options.shortTermNightLimit)
        .map(([key]) => key.split(' ')[0]),
    ).size,
    valid,
  };
}
