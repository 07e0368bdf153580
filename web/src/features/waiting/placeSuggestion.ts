import type { Calendar, WaitingEntry } from '../../api/calendar.ts';
import { compatibleFreeBeds, firstFreeStart } from './compatibleBeds.ts';

/** What the place dialog offers first for an entry: the first bed that can take it, at its first free start. */
export function placeSuggestion(calendar: Calendar, entry: WaitingEntry) {
  const beds = [...compatibleFreeBeds(calendar, entry)];
  const bedId = beds[0] ?? '';
  return {
    title: `Plasser ${entry.label}`,
    stay: null,
    nights: entry.nights,
    start: (bedId && firstFreeStart(calendar, bedId, entry)) || entry.earliestStart,
    bedId,
  };
}
