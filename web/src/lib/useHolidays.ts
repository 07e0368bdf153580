import type Holidays from 'date-holidays';
import { useEffect, useMemo, useState } from 'react';
import { noHolidays, publicHolidays, type HolidayNames } from './holidays.ts';

type Library = { Holidays: typeof Holidays | null };

/**
 * The library is large (every country's rules), so it comes in its own chunk, fetched once when the app
 * starts; if it cannot be fetched, the plan is shown without holidays.
 */
let library: Library | null = null;
const loading: Promise<Library> = import('date-holidays').then(
  (module) => (library = { Holidays: module.default }),
  () => (library = { Holidays: null }),
);

/** Norway's public holidays from `from` up to `to`; null while the library is still on its way. */
export function useHolidays(from: string, to: string): HolidayNames | null {
  const [loaded, setLoaded] = useState(library);
  useEffect(() => {
    let current = true;
    if (!loaded) void loading.then((done) => current && setLoaded(done));
    return () => {
      current = false;
    };
  }, [loaded]);
  return useMemo(
    () => (!loaded ? null : loaded.Holidays ? publicHolidays(loaded.Holidays, from, to) : noHolidays),
    [loaded, from, to],
  );
}
