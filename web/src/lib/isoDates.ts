/** ISO calendar dates (YYYY-MM-DD) as whole days, computed in UTC so no time zone shifts a day. */
const DAY_MS = 86_400_000;

export function toDayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
}

export function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(toDayNumber(iso) + days);
}

export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** The calendar date of a Date that FullCalendar gives in UTC mode (timeZone: 'UTC'). */
export function isoFromUtcDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Today's date in Norway. */
export function todayInNorway(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(now);
}
