/**
 * The generator works on night numbers: night i begins on horizon start + i days. The calendar is the
 * shared day index (cached dates) with the horizon length and weekdays added.
 */
import { addDays, DayIndex } from '../dates.ts';

export class Calendar extends DayIndex {
  readonly days: number;
  readonly end: string;

  constructor(start: string, days: number) {
    super(start);
    this.days = days;
    this.end = addDays(start, days);
  }

  get start(): string {
    return this.origin;
  }

  night(iso: string): number {
    return this.of(iso);
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
