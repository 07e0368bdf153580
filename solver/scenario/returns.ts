/**
 * Users who go home sooner come back sooner. The instance holds each user's next stay only implicitly
 * (other requests of the horizon stand for the returns of earlier stays), so a return is added only where
 * the change brings it inside the horizon: one draw of days at home, scaled by the mean for each length, puts
 * the next stay inside the horizon with the new length and beyond it with the old one. A return may return
 * again (the old length had none of these inside the horizon).
 */
import { addDays } from '../dates.ts';
import type { Request } from '../formats.ts';
import type { Random } from '../random.ts';
import type { ReturnModel } from './schema.ts';

/** Mean days at home after a stay of `nights`: linear between the model's lengths, flat beyond them. */
export function meanDaysHome(model: ReturnModel, nights: number): number {
  const points = [...model.meanDaysHome].sort((a, b) => a.nights - b.nights);
  const first = points[0] as (typeof points)[number];
  const last = points[points.length - 1] as (typeof points)[number];
  if (nights <= first.nights) return first.days;
  if (nights >= last.nights) return last.days;
  const upper = points.findIndex((p) => p.nights >= nights);
  const a = points[upper - 1] as (typeof points)[number];
  const b = points[upper] as (typeof points)[number];
  return a.days + ((b.days - a.days) * (nights - a.nights)) / (b.nights - a.nights);
}

/** Days at home for a uniform draw `u` in [0, 1): exponential with the given mean, at least one day. */
export function daysHome(mean: number, u: number): number {
  return Math.max(1, Math.round(-mean * Math.log(1 - u)));
}

/**
 * The return requests of one shortened request (its copy carries the new `nights`), in order: R17-retur1,
 * R17-retur2, ... Each starts after the latest the stay before it can end, so a user is never in two beds.
 */
export function returnsOf(
  shortened: Request,
  oldNights: number,
  model: ReturnModel,
  horizonEnd: string,
  random: Random,
): Request[] {
  const returns: Request[] = [];
  let previous = shortened;
  let baselineInside = true;
  while (random.chance(model.share)) {
    const u = random.float();
    const leaves = addDays(previous.latestStart, previous.nights);
    const back = addDays(leaves, daysHome(meanDaysHome(model, previous.nights), u));
    if (baselineInside) {
      const oldLeaves = addDays(previous.latestStart, oldNights);
      const oldBack = addDays(oldLeaves, daysHome(meanDaysHome(model, oldNights), u));
      if (oldBack < horizonEnd) return returns;
      baselineInside = false;
    }
    if (back >= horizonEnd) return returns;
    const lastStart = addDays(horizonEnd, -1);
    const latest = addDays(back, model.windowDays);
    previous = {
      id: `${shortened.id}-retur${returns.length + 1}`,
      personId: shortened.personId,
      kind: shortened.kind,
      earliestStart: back,
      latestStart: latest < lastStart ? latest : lastStart,
      nights: shortened.nights,
      priority: model.priority,
      source: 'home',
      requiredTags: [...shortened.requiredTags],
      preferredCentres: [...shortened.preferredCentres],
    };
    returns.push(previous);
  }
  return returns;
}
