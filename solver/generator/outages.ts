/**
 * Nights no one may stay: summer closures of whole wards and beds out of service for days to weeks.
 */
import { addDays } from '../dates.ts';
import type { Ward } from '../formats.ts';
import type { Random } from '../random.ts';
import {
  OUT_OF_SERVICE_SHARE,
  OUT_OF_SERVICE_NIGHTS,
  SUMMER_CLOSURE_CHANCE,
  SUMMER_CLOSURE_FIRST_DAY,
  SUMMER_CLOSURE_LAST_START,
  SUMMER_CLOSURE_WEEKS,
} from './calibration.ts';
import { weekdayOf, type Calendar } from './calendar.ts';
import { draw } from './streams.ts';
import type { BedTree } from './tree.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** The Mondays a summer closure of `year` may start on. */
function closureStarts(year: number): string[] {
  const first = `${year}-${pad(SUMMER_CLOSURE_FIRST_DAY.month)}-${pad(SUMMER_CLOSURE_FIRST_DAY.day)}`;
  const last = `${year}-${pad(SUMMER_CLOSURE_LAST_START.month)}-${pad(SUMMER_CLOSURE_LAST_START.day)}`;
  const mondays: string[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) {
    if (weekdayOf(day) === 0) mondays.push(day);
  }
  return mondays;
}

/**
 * Some wards (never ØHD) close 1-4 weeks around July of every summer the horizon reaches. When chance
 * closes none inside the horizon, one ward closes anyway, so that every instance that reaches a summer
 * has a closure.
 */
export function addSummerClosures(random: Random, tree: BedTree, calendar: Calendar): void {
  const firstYear = Number(calendar.start.slice(0, 4));
  const lastYear = Number(calendar.end.slice(0, 4));
  const wards = tree.centres.flatMap((c) => c.wards);
  const kindOf = (ward: Ward) => tree.wardKind.get(ward.id) ?? 'korttid';
  const inHorizon = (start: string, end: string) => start < calendar.end && end > calendar.start;
  for (let year = firstYear; year <= lastYear; year++) {
    const starts = closureStarts(year);
    let closed = 0;
    for (const ward of wards) {
      if (!random.chance(SUMMER_CLOSURE_CHANCE[kindOf(ward)])) continue;
      const start = random.pick(starts);
      const end = addDays(start, 7 * draw(random, SUMMER_CLOSURE_WEEKS));
      if (!inHorizon(start, end)) continue;
      ward.closures.push({ start, end });
      closed += 1;
    }
    const weeks = draw(random, SUMMER_CLOSURE_WEEKS);
    const fitting = starts.filter((start) => inHorizon(start, addDays(start, 7 * weeks)));
    const open = wards.filter((w) => SUMMER_CLOSURE_CHANCE[kindOf(w)] > 0 && w.closures.length === 0);
    if (closed === 0 && fitting.length > 0 && open.length > 0) {
      const start = random.pick(fitting);
      random.pick(open).closures.push({ start, end: addDays(start, 7 * weeks) });
    }
  }
}

/** A few beds (at least one) are out of service for one period of days to weeks, inside the horizon. */
export function addOutOfService(random: Random, tree: BedTree, calendar: Calendar): void {
  const count = Math.max(1, Math.round(OUT_OF_SERVICE_SHARE * tree.beds.length));
  for (const slot of random.shuffle([...tree.beds]).slice(0, count)) {
    const [min, max] = draw(random, OUT_OF_SERVICE_NIGHTS);
    const start = random.int(0, calendar.days - 1);
    const end = Math.min(calendar.days, start + random.int(min, max));
    slot.bed.outOfService.push({ start: calendar.date(start), end: calendar.date(end) });
  }
}
