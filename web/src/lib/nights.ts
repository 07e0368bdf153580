import { addDays, daysBetween, toDayNumber } from './isoDates.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'des'];

function parts(iso: string): { day: number; month: string; year: number } {
  return {
    day: Number(iso.slice(8, 10)),
    month: MONTHS[Number(iso.slice(5, 7)) - 1] ?? '',
    year: Number(iso.slice(0, 4)),
  };
}

/** "3. feb", with the year when asked. */
export function formatDay(iso: string, withYear = false): string {
  const p = parts(iso);
  return withYear ? `${p.day}. ${p.month} ${p.year}` : `${p.day}. ${p.month}`;
}

/**
 * A stay [start, end) as the nights people sleep there and the departure day:
 * "netter 3.–9. feb, avreise 10. feb". The end date is the departure day, never shown as a night.
 */
export function formatStay(start: string, end: string): string {
  const nights = daysBetween(start, end);
  const departure = `avreise ${formatDay(end, parts(start).year !== parts(end).year)}`;
  if (nights <= 1) return `natt ${formatDay(start)}, ${departure}`;
  const last = addDays(end, -1);
  const a = parts(start);
  const b = parts(last);
  let span: string;
  if (a.year !== b.year) span = `${formatDay(start, true)}–${formatDay(last, true)}`;
  else if (a.month !== b.month) span = `${formatDay(start)}–${formatDay(last)}`;
  else span = `${a.day}.–${b.day}. ${b.month}`;
  return `netter ${span}, ${departure}`;
}

/** "14 netter" / "1 natt" */
export function nightCount(start: string, end: string): string {
  const n = daysBetween(start, end);
  return n === 1 ? '1 natt' : `${n} netter`;
}

/** True when the night of `day` (from day to day + 1) is inside [start, end). */
export function coversNight(start: string, end: string, day: string): boolean {
  const d = toDayNumber(day);
  return d >= toDayNumber(start) && d < toDayNumber(end);
}
