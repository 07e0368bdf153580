import { useState } from 'react';
import type { CalendarStay } from '../../api/calendar.ts';
import { addDays } from '../../lib/isoDates.ts';

/** The events staff record from the dialog: the value is a date, or the extra nights of an extension. */
export type StaffEventType = 'arrival' | 'noShow' | 'earlyDeparture' | 'extend';

/** What staff record about a request's stay: arrival, no-show, early departure or more nights. */
export function StaffEventFields({
  stay,
  onEvent,
}: {
  stay: CalendarStay;
  onEvent: (event: StaffEventType, value: string | number) => void;
}) {
  const [arrival, setArrival] = useState(stay.start);
  const [departure, setDeparture] = useState(addDays(stay.start, 1));
  const [extra, setExtra] = useState(7);
  return (
    <fieldset className="staff-events">
      <legend>Registrer</legend>
      <label>
        Ankom
        <input
          type="date"
          value={arrival}
          min={stay.start}
          max={addDays(stay.end, -1)}
          onChange={(e) => setArrival(e.target.value)}
        />
      </label>
      <button type="button" onClick={() => onEvent('arrival', arrival)}>
        Registrer ankomst
      </button>
      <button type="button" onClick={() => onEvent('noShow', stay.start)}>
        Ikke møtt
      </button>
      <label>
        Reiste hjem
        <input type="date" value={departure} onChange={(e) => setDeparture(e.target.value)} />
      </label>
      <button type="button" onClick={() => onEvent('earlyDeparture', departure)}>
        Registrer tidlig hjemreise
      </button>
      <label>
        Forleng med netter
        <input type="number" min={1} value={extra} onChange={(e) => setExtra(Number(e.target.value))} />
      </label>
      <button type="button" onClick={() => onEvent('extend', extra)}>
        Forleng
      </button>
    </fieldset>
  );
}
