import type { FigureComparisonView } from '../../api/whatif.ts';
import { mean, signed } from './comparisonCsv.ts';
import { figureLabels } from './figureLabels.ts';

/** Each figure: the baseline, the scenario, the difference with its sign and its spread over the seeds. */
export function ComparisonTable({ name, comparison }: { name: string; comparison: FigureComparisonView[] }) {
  return (
    <table className="figures whatif-table">
      <caption>{name} mot grunnlaget (snitt over frøene)</caption>
      <thead>
        <tr>
          <th scope="col">Nøkkeltall</th>
          <th scope="col">Grunnlag</th>
          <th scope="col">{name}</th>
          <th scope="col">Forskjell</th>
          <th scope="col">Forskjell min–maks</th>
        </tr>
      </thead>
      <tbody>
        {comparison.map((c) => (
          <tr key={c.figure}>
            <th scope="row">{figureLabels[c.figure]}</th>
            <td>{mean(c.baseline.mean)}</td>
            <td>{mean(c.scenario.mean)}</td>
            <td>{signed(c.difference.mean)}</td>
            <td>
              {signed(c.difference.min)} – {signed(c.difference.max)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
