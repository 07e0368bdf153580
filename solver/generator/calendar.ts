/**
 * The generator works on night numbers: night i begins on horizon start + i days. This turns them into
 * ISO dates (cached, since the same few hundred dates come back thousands of times) and back.
 */
import { addDays, daysBetween } from '../dates.ts';

export class Calendar {
  readonly start: string;
  readonly days: number;
  readonly end: string;
  private readonly dates = new Map<number, string>();

  constructor(start: string, days: number) {
    this.start = start;
    this.days = days;
    this.end = addDays(start, days);
  }

  date(night: number): string {
    let iso = this.dates.get(night);
    if (iso === undefined) {
      iso = addDays(this.start, night);
      this.dates.set(night, iso);
    }
    return iso;
  }

  night(iso: string): number {
    return daysBetween(this.start, iso);
  }

  /** Day of the week of night i: 0 = Monday ... 6 = Sunday. */
  weekday(night: number): number {
    return weekdayOf(this.date(night));
  }
}

/** Day of the week of an ISO date: 0 = Monday ... 6 = Sunday. */
export function weekdayOf(iso: string): number {
  return (new Date(`${iso}T12:00:00Z`).getUTCDay() + 6) % 7;
}

/** A run of nights [start, end) as night numbers. */
export interface NightRange {
  start: number;
  end: number;
}

/**
 * The longest run of free nights around night `at`, given blocked runs: null when `at` itself is blocked.
 * Unbounded sides are ±Infinity.
 */
export function freeRunAround(blocked: readonly NightRange[], at: number): NightRange | null {
  let start = -Infinity;
  let end = Infinity;
  for (const b of blocked) {
    if (b.start <= at && at < b.end) return null;
    if (b.end <= at) start = Math.max(start, b.end);
    if (b.start > at) end = Math.min(end, b.start);
  }
  return { start, end };
}
