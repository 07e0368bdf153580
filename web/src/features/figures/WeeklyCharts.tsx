import { useState } from 'react';
import type { Calendar } from '../../api/calendar.ts';
import { formatDay } from '../../lib/nights.ts';
import { LineChart, number, percent } from './charts.tsx';
import { weeklyFigures, wardFigures, type WeekFigures } from '../../lib/figures.ts';

const kroner = (v: number) => `${number(v)} kr`;

const charts: [keyof Omit<WeekFigures, 'start'>, string, (v: number) => string][] = [
  ['occupancy', 'Belegg uke for uke', percent],
  ['idleBedNights', 'Ledige sengedøgn uke for uke', number],
  ['waitingCount', 'Venteliste ved ukens slutt', number],
  ['waitingDays', 'Ventedager uke for uke', number],
  ['hospitalWaitingCost', 'Sykehusventing uke for uke, kr', kroner],
];

/** The figures over time, week by week, for every bed in view or one ward: charts and the same as a table. */
export function WeeklyCharts({ calendar }: { calendar: Calendar }) {
  const [wardId, setWardId] = useState('');
  const wards = wardFigures(calendar);
  const selected = wards.some((w) => w.wardId === wardId) ? wardId : '';
  const weeks = weeklyFigures(calendar, selected || null);
  const unit = wards.find((w) => w.wardId === selected)?.wardName ?? 'alle avdelinger i visningen';
  const week = (i: number) => formatDay(weeks[i]?.start ?? calendar.horizon.start);
  return (
    <section className="weekly-charts" aria-labelledby="weekly-title">
      <h3 id="weekly-title">Over tid, uke for uke</h3>
      <p className="note">
        Ventelisten over tid er det planen lar stå uplassert: hver forespørsel venter fra sin tidligste start
        og gjennom resten av perioden.
      </p>
      <label>
        Avdeling
        <select name="figuresWard" value={selected} onChange={(e) => setWardId(e.target.value)}>
          <option value="">Alle avdelinger i visningen</option>
          {wards.map((w) => (
            <option key={w.wardId} value={w.wardId}>
              {w.wardName}
            </option>
          ))}
        </select>
      </label>
      {charts.map(([key, title, format]) => (
        <LineChart
          key={key}
          title={`${title} (${unit})`}
          values={weeks.map((w) => w[key])}
          xLabel={week}
          format={format}
        />
      ))}
      <details>
        <summary>Tallene som tabell</summary>
        <table className="figures">
          <caption>Uke for uke, {unit}</caption>
          <thead>
            <tr>
              <th scope="col">Uke fra</th>
              {charts.map(([key, title]) => (
                <th key={key} scope="col">
                  {title.replace(/ uke for uke| ved ukens slutt/, '')}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.start}>
                <th scope="row">{formatDay(w.start)}</th>
                {charts.map(([key, , format]) => (
                  <td key={key}>{format(w[key])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
