import { DateTime } from 'luxon';

/** Dates are calendar days in Norwegian local time; a stay is the nights [start, end). */
export const ZONE = 'Europe/Oslo';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function toDateTime(iso: string): DateTime {
  if (!ISO_DATE.test(iso)) throw new Error(`not an ISO date (YYYY-MM-DD): ${iso}`);
  const dt = DateTime.fromISO(iso, { zone: ZONE });
  if (!dt.isValid) throw new Error(`not a calendar date: ${iso}`);
  return dt;
}

/** A real calendar date written YYYY-MM-DD (checked without luxon: it runs for every date of every file). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function addDays(iso: string, days: number): string {
  return toDateTime(iso).plus({ days }).toISODate() as string;
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier); DST never shifts it. */
export function daysBetween(from: string, to: string): number {
  return Math.round(toDateTime(to).diff(toDateTime(from), 'days').days);
}

/** Nights of a stay that arrives on `start` and leaves on `end`. */
export function nightsOf(range: { start: string; end: string }): number {
  return daysBetween(range.start, range.end);
}

/** The last night someone sleeps in the bed: the day before departure. */
export function lastNight(range: { start: string; end: string }): string {
  return addDays(range.end, -1);
}

export function minDate(a: string, b: string): string {
  return a <= b ? a : b;
}

export function maxDate(a: string, b: string): string {
  return a >= b ? a : b;
}

/**
 * Maps dates to night indices counted from an origin, so that hot loops work on integers.
 * Index i is the night that begins on origin + i days.
 */
export class DayIndex {
  readonly origin: string;
  private readonly cache = new Map<string, number>();
  private readonly dates = new Map<number, string>();

  constructor(origin: string) {
    toDateTime(origin);
    this.origin = origin;
  }

  of(iso: string): number {
    let index = this.cache.get(iso);
    if (index === undefined) {
      index = daysBetween(this.origin, iso);
      this.cache.set(iso, index);
    }
    return index;
  }

  date(index: number): string {
    let iso = this.dates.get(index);
    if (iso === undefined) {
      iso = addDays(this.origin, index);
      this.dates.set(index, iso);
    }
    return iso;
  }
}
