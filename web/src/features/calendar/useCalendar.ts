import { useCallback, useEffect, useState } from 'react';
import { getCalendar, type Calendar, type CalendarScope, type CalendarStay } from '../../api/calendar.ts';

export interface CalendarState {
  calendar: Calendar | null;
  error: string | null;
  loading: boolean;
  reload: () => Promise<Calendar | null>;
  /** Counts full loads: the calendar view re-feeds its bars only when this changes. */
  version: number;
  /** Puts a stay the server saved into the data, where the calendar view already shows it (after a drag). */
  patchStay: (key: string, stay: CalendarStay, revision: number) => void;
}

/** The calendar of one plan version for one centre or ward, reloaded when either changes. */
export function useCalendar(planId: number | null, scope: CalendarScope): CalendarState {
  const [calendar, setCalendar] = useState<Calendar | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [version, setVersion] = useState(0);
  const { centreId, wardId } = scope;

  const reload = useCallback(async () => {
    if (planId === null) {
      setCalendar(null);
      return null;
    }
    setLoading(true);
    try {
      const loaded = await getCalendar(planId, { centreId, wardId });
      setCalendar(loaded);
      setVersion((v) => v + 1);
      setError(null);
      return loaded;
    } catch (e) {
      setError(
        e instanceof Error ? `Kunne ikke laste kalenderen: ${e.message}` : 'Kunne ikke laste kalenderen.',
      );
      return null;
    } finally {
      setLoading(false);
    }
  }, [planId, centreId, wardId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const patchStay = useCallback((key: string, stay: CalendarStay, revision: number) => {
    setCalendar((current) =>
      current
        ? { ...current, revision, stays: current.stays.map((s) => (s.key === key ? stay : s)) }
        : current,
    );
  }, []);

  return { calendar, error, loading, reload, version, patchStay };
}
