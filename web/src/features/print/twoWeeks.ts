import type { Calendar, CalendarStay } from '../../api/calendar.ts';
import { addDays, toDayNumber } from '../../lib/isoDates.ts';
import { groupBeds, type BedRow } from '../../lib/beds.ts';

export interface TwoWeeks {
  from: string;
  /** The 14 dates shown. */
  days: string[];
  arrivals: CalendarStay[];
  departures: CalendarStay[];
  beds: { bed: BedRow; nights: (CalendarStay | null)[] }[];
}

/** The next two weeks from `today` (or from the horizon's start, if later): arrivals, departures, beds. */
export function twoWeeks(calendar: Calendar, today: string): TwoWeeks {
  const from = today < calendar.horizon.start ? calendar.horizon.start : today;
  const days = Array.from({ length: 14 }, (_, i) => addDays(from, i));
  const to = addDays(from, 14);
  const inWindow = (d: string) => d >= from && d < to;
  const byDate = (a: CalendarStay, b: CalendarStay) =>
    a.start.localeCompare(b.start) || a.bedId.localeCompare(b.bedId);
  const stays = calendar.stays;
  return {
    from,
    days,
    arrivals: stays.filter((s) => inWindow(s.start)).sort(byDate),
    departures: stays
      .filter((s) => inWindow(s.end))
      .sort((a, b) => a.end.localeCompare(b.end) || a.bedId.localeCompare(b.bedId)),
    beds: groupBeds(calendar.resources).map((bed) => ({
      bed,
      nights: days.map(
        (d) =>
          stays.find(
            (s) =>
              s.bedId === bed.id &&
              toDayNumber(s.start) <= toDayNumber(d) &&
              toDayNumber(d) < toDayNumber(s.end),
          ) ?? null,
      ),
    })),
  };
}
