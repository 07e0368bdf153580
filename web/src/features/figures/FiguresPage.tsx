import type { Calendar } from '../../api/calendar.ts';
import { BarChart, number, percent } from './charts.tsx';
import { calendarFigures, wardFigures } from '../../lib/figures.ts';
import { FigureTable } from '../../components/FigureTable.tsx';
import { WeeklyCharts } from './WeeklyCharts.tsx';

/** Occupancy, idle bed-nights and the waiting list, for the beds in view, per ward and over time. */
export function FiguresPage({ calendar }: { calendar: Calendar }) {
  const wards = wardFigures(calendar);
  return (
    <section className="figures-page" aria-labelledby="figures-title">
      <h2 id="figures-title">Nøkkeltall</h2>
      <FigureTable
        before={null}
        after={calendarFigures(calendar)}
        caption="Sengene i visningen, hele perioden"
      />
      <BarChart
        title="Belegg per avdeling"
        items={wards.map((w) => ({ label: w.wardName, value: w.occupancy }))}
        format={percent}
      />
      <BarChart
        title="Ledige sengedøgn per avdeling"
        items={wards.map((w) => ({ label: w.wardName, value: w.idleBedNights }))}
        format={number}
      />
      <BarChart
        title="Venteliste per avdeling (forespørsler som passer)"
        items={wards.map((w) => ({ label: w.wardName, value: w.waitingCount }))}
        format={number}
      />
      <BarChart
        title="Sykehusventing per avdeling, kr per døgn"
        items={wards.map((w) => ({ label: w.wardName, value: w.hospitalWaitingCostPerDay }))}
        format={number}
      />
      <WeeklyCharts calendar={calendar} />
    </section>
  );
}
