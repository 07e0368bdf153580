import { kindColours, kindName } from '../../lib/kinds.ts';

/** What the colours and marks of the calendar mean. */
export function Legend() {
  return (
    <span className="legend" role="group" aria-label="Fargeforklaring">
      {Object.entries(kindColours).map(([kind, colour]) => (
        <span key={kind} className="legend-item">
          <span className="swatch" style={{ background: colour }} aria-hidden="true" />
          {kindName(kind)}
        </span>
      ))}
      <span className="legend-item">
        <span className="swatch bg-closure" aria-hidden="true" />
        Stengt / ute av drift
      </span>
      <span className="legend-item">
        <span className="swatch bg-staffing" aria-hidden="true" />
        Redusert bemanning
      </span>
      <span className="legend-item">⚲ låst</span>
    </span>
  );
}
