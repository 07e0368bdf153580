/**
 * The soft constraints, one function each, grouped as the README's objective table lists them. Every
 * function returns a penalty (lower is better) for one stay, one pair of stays or one figure, so that the
 * search scores moves incrementally and `explain` breaks a plan down with the very same functions.
 * The hard rules are not scored: the search never makes a move that breaks one (see model/occupancy.ts).
 */
import { priorityFactor, type Weights } from './weights.ts';

export interface Demand {
  nights: number;
  priority: number;
  source: 'hospital' | 'home' | 'series';
  preferredCentres: readonly string[];
}

/** Unplaced demand: every night not given, weighted by the request's priority. */
export function unplacedPenalty(w: Weights, demand: Demand): number {
  return w.unplacedNight * priorityFactor(w, demand.priority) * demand.nights;
}

/** Idle bed-nights: available bed-nights in the horizon that nobody stays. */
export function idlePenalty(w: Weights, idleBedNights: number): number {
  return w.idleBedNight * idleBedNights;
}

/** Waiting: days from the earliest start to the start given; a hospital day costs what the municipality pays. */
export function waitingPenalty(w: Weights, demand: Demand, waitDays: number): number {
  if (demand.source === 'series') return 0;
  return waitDays * (demand.source === 'hospital' ? w.hospitalWaitDay : w.waitDay);
}

/** Transfers: bed changes inside one stay. */
export function transferPenalty(w: Weights, transfers: number): number {
  return w.transfer * transfers;
}

/** Series bed change: two consecutive stays of one rotation user in different beds. */
export function seriesBedChangePenalty(w: Weights, previousBed: string, bed: string): number {
  return previousBed === bed ? 0 : w.seriesBedChange;
}

/** Series centre change: two consecutive stays of one rotation user in different centres. */
export function seriesCentreChangePenalty(w: Weights, previousCentre: string, centre: string): number {
  return previousCentre === centre ? 0 : w.seriesCentreChange;
}

/** Preference miss: a stay outside every centre the request named (a wish, not a right). */
export function preferencePenalty(w: Weights, demand: Demand, centre: string): number {
  return demand.preferredCentres.length > 0 && !demand.preferredCentres.includes(centre)
    ? w.preferenceMiss
    : 0;
}

export const constraintTable = [
  {
    name: 'unplaced',
    level: 'soft',
    weight: 'unplacedNight × priority factor',
    counts: 'nights of unplaced requests and occurrences',
  },
  {
    name: 'idleBedNights',
    level: 'soft',
    weight: 'idleBedNight',
    counts: 'available bed-nights in the horizon nobody stays',
  },
  {
    name: 'hospitalWaiting',
    level: 'soft',
    weight: 'hospitalWaitDay',
    counts: 'days hospital discharges wait past their earliest start',
  },
  {
    name: 'waiting',
    level: 'soft',
    weight: 'waitDay',
    counts: 'days home applicants wait past their earliest start',
  },
  { name: 'transfers', level: 'soft', weight: 'transfer', counts: 'bed changes inside one stay' },
  {
    name: 'seriesBedChanges',
    level: 'soft',
    weight: 'seriesBedChange',
    counts: 'consecutive series stays in different beds',
  },
  {
    name: 'seriesCentreChanges',
    level: 'soft',
    weight: 'seriesCentreChange',
    counts: 'consecutive series stays in different centres',
  },
  {
    name: 'preferenceMisses',
    level: 'soft',
    weight: 'preferenceMiss',
    counts: 'stays outside every preferred centre',
  },
] as const;

export type SoftConstraintName = (typeof constraintTable)[number]['name'];
