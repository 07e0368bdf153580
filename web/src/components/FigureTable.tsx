import type { Figures } from '../lib/figures.ts';

const nb = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1 });

const rows: [keyof Figures, string, (v: number) => string][] = [
  ['occupancy', 'Belegg', (v) => `${nb.format(v * 100)} %`],
  ['occupiedBedNights', 'Belagte sengedøgn', (v) => nb.format(v)],
  ['idleBedNights', 'Ledige sengedøgn', (v) => nb.format(v)],
  ['waitingCount', 'På venteliste', (v) => nb.format(v)],
  ['waitingDays', 'Ventedager', (v) => nb.format(v)],
  ['hospitalWaitingCostPerDay', 'Sykehusventing, kr per døgn', (v) => nb.format(v)],
];

/** Figures side by side (before and after), or one column. */
export function FigureTable({
  before,
  after,
  caption,
}: {
  before: Figures | null;
  after: Figures;
  caption?: string;
}) {
  return (
    <table className="figures">
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          <th scope="col">Nøkkeltall</th>
          {before && <th scope="col">Før</th>}
          <th scope="col">{before ? 'Etter' : 'Verdi'}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([key, label, format]) => (
          <tr key={key}>
            <th scope="row">{label}</th>
            {before && <td>{format(before[key])}</td>}
            <td>{format(after[key])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
