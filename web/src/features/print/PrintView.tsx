import type { Calendar } from '../../api/calendar.ts';
import { holidayTitle } from '../../lib/holidays.ts';
import { addDays, todayInNorway } from '../../lib/isoDates.ts';
import { kindName } from '../../lib/kinds.ts';
import { formatDay, formatStay } from '../../lib/nights.ts';
import { useHolidays } from '../../lib/useHolidays.ts';
import { twoWeeks } from './twoWeeks.ts';
import './printHolidays.css';

const weekday = new Intl.DateTimeFormat('nb-NO', { weekday: 'short', timeZone: 'UTC' });

/** A ward's next two weeks on paper: arrivals, departures and who sleeps in which bed each night. */
export function PrintView({ calendar, unitLabel }: { calendar: Calendar; unitLabel: string }) {
  const view = twoWeeks(calendar, todayInNorway());
  const holidays = useHolidays(view.from, addDays(view.from, view.days.length));
  const holidayOf = (day: string) => holidays?.get(day);
  return (
    <section className="print-view" aria-labelledby="print-title">
      <h2 id="print-title">
        {unitLabel}: to uker fra {formatDay(view.from, true)}
      </h2>
      <button type="button" className="no-print" onClick={() => window.print()}>
        Skriv ut
      </button>
      <div className="print-lists">
        <table>
          <caption>Ankomster</caption>
          <thead>
            <tr>
              <th scope="col">Dato</th>
              <th scope="col">Person</th>
              <th scope="col">Seng</th>
              <th scope="col">Opphold</th>
            </tr>
          </thead>
          <tbody>
            {view.arrivals.length === 0 && (
              <tr>
                <td colSpan={4}>Ingen ankomster</td>
              </tr>
            )}
            {view.arrivals.map((s) => (
              <tr key={s.key}>
                <td>{formatDay(s.start)}</td>
                <td>{s.label}</td>
                <td>{s.bedId}</td>
                <td>
                  {kindName(s.kind)}, {formatStay(s.start, s.end)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <table>
          <caption>Avreiser</caption>
          <thead>
            <tr>
              <th scope="col">Dato</th>
              <th scope="col">Person</th>
              <th scope="col">Seng</th>
            </tr>
          </thead>
          <tbody>
            {view.departures.length === 0 && (
              <tr>
                <td colSpan={3}>Ingen avreiser</td>
              </tr>
            )}
            {view.departures.map((s) => (
              <tr key={s.key}>
                <td>{formatDay(s.end)}</td>
                <td>{s.label}</td>
                <td>{s.bedId}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <table className="print-grid">
        <caption>Hvem ligger i hvilken seng (natten som begynner dagen som står øverst)</caption>
        <thead>
          <tr>
            <th scope="col">Seng</th>
            {view.days.map((d) => {
              const holiday = holidayOf(d);
              return (
                <th
                  key={d}
                  scope="col"
                  className={holiday ? 'holiday' : undefined}
                  title={holiday ? holidayTitle(holiday, d) : undefined}
                >
                  {weekday.format(new Date(`${d}T00:00:00Z`))} {formatDay(d)}
                  {holiday && <span className="holiday-name">{holiday}</span>}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {view.beds.map(({ bed, nights }) => (
            <tr key={bed.id}>
              <th scope="row">{bed.title}</th>
              {nights.map((s, i) => (
                <td key={view.days[i]} className={holidayOf(view.days[i]!) ? 'holiday' : undefined}>
                  {s ? s.label : ''}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
