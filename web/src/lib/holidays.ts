import type Holidays from 'date-holidays';
import { formatDay } from './nights.ts';

/** Norway's public holidays by date (YYYY-MM-DD), each with its bokmål name; two on one day are joined. */
export type HolidayNames = ReadonlyMap<string, string>;

export const noHolidays: HolidayNames = new Map();

/**
 * The public holidays (helligdager and 1. and 17. mai) from `from` up to but not including `to`, as the
 * date-holidays library gives them for Norway in bokmål; observances such as Morsdag are left out.
 */
export function publicHolidays(library: typeof Holidays, from: string, to: string): HolidayNames {
  const norway = new library('NO', { languages: ['nb'], types: ['public'] });
  const names = new Map<string, string>();
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    for (const holiday of norway.getHolidays(year, 'nb')) {
      const date = holiday.date.slice(0, 10);
      if (holiday.type !== 'public' || date < from || date >= to) continue;
      const before = names.get(date);
      names.set(date, before ? `${before}, ${holiday.name}` : holiday.name);
    }
  }
  return names;
}

/** "Skjærtorsdag, 25. mar" */
export const holidayTitle = (name: string, date: string) => `${name}, ${formatDay(date)}`;
