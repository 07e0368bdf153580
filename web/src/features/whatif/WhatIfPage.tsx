import { useEffect, useRef, useState } from 'react';
import { ApiRequestError } from '../../api/client.ts';
import {
  cancelWhatIf,
  followWhatIf,
  startWhatIf,
  type WhatIfBody,
  type WhatIfJob,
  type WhatIfProgress,
} from '../../api/whatif.ts';
import { ComparisonTable } from './ComparisonTable.tsx';
import { comparisonCsv } from './comparisonCsv.ts';
import { ScenarioForm } from './ScenarioForm.tsx';
import { scenarioOf } from './scenarioForm.ts';

type ScenarioInput = WhatIfBody['scenarios'][number];

const download = (name: string, text: string) => {
  const url = URL.createObjectURL(new Blob([`\uFEFF${text}`], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
};

/** "Hva om": scenarios built from a form, solved beside the baseline, compared figure by figure. */
export function WhatIfPage({ instanceId }: { instanceId: string }) {
  const [scenarios, setScenarios] = useState<ScenarioInput[]>([]);
  const [seeds, setSeeds] = useState(1);
  const [iterations, setIterations] = useState(500);
  const [jobId, setJobId] = useState<string | null>(null);
  const [run, setRun] = useState<WhatIfProgress | null>(null);
  const [job, setJob] = useState<WhatIfJob | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const stop = useRef<(() => void) | null>(null);

  useEffect(() => () => stop.current?.(), []);

  const start = async () => {
    setMessage(null);
    setRun(null);
    setJob(null);
    try {
      const id = await startWhatIf(instanceId, { scenarios, seeds, iterations });
      setJobId(id);
      stop.current = followWhatIf(id, {
        run: setRun,
        done: (finished) => {
          setJobId(null);
          if (finished.status === 'cancelled') setMessage('Avbrutt.');
          else if (finished.status === 'failed') setMessage(`Beregningen feilet: ${finished.error ?? ''}`);
          setJob(finished);
        },
        error: () => {
          setJobId(null);
          setMessage('Mistet forbindelsen til jobben.');
        },
      });
    } catch (e) {
      setMessage(
        e instanceof ApiRequestError && e.status === 429
          ? 'En annen beregning pågår allerede. Prøv igjen når den er ferdig.'
          : `Kunne ikke starte beregningen${e instanceof Error ? `: ${e.message}` : '.'}`,
      );
    }
  };

  return (
    <section className="whatif-page" aria-labelledby="whatif-title">
      <h2 id="whatif-title">Hva om</h2>
      <p className="note">
        Hvert scenario endres på en kopi av grunnlaget og planlegges med de samme frøene og den samme
        innsatsen som grunnlaget. Ingen plan lagres.
      </p>
      <ScenarioForm onAdd={(values) => setScenarios([...scenarios, scenarioOf(values)])} />
      <h3>Scenarioer</h3>
      {scenarios.length === 0 ? (
        <p>Ingen scenarioer ennå.</p>
      ) : (
        <ul aria-label="Scenarioer">
          {scenarios.map((s, i) => (
            <li key={i}>
              {s.name} ({s.changes.length} {s.changes.length === 1 ? 'endring' : 'endringer'}){' '}
              <button type="button" onClick={() => setScenarios(scenarios.filter((_, j) => j !== i))}>
                Fjern
              </button>
            </li>
          ))}
        </ul>
      )}
      <label>
        Frø (1–5)
        <input
          type="number"
          name="seeds"
          min={1}
          max={5}
          value={seeds}
          onChange={(e) => setSeeds(Number(e.target.value))}
        />
      </label>
      <label>
        Iterasjoner per planlegging
        <input
          type="number"
          name="iterations"
          min={0}
          max={20000}
          value={iterations}
          onChange={(e) => setIterations(Number(e.target.value))}
        />
      </label>
      {jobId === null ? (
        <button type="button" disabled={scenarios.length === 0} onClick={() => void start()}>
          Kjør mot grunnlaget
        </button>
      ) : (
        <p role="status">
          {run
            ? `Planlegger ${run.scenario ?? 'grunnlaget'}, frø ${run.seed} (${run.run} av ${run.runs}) …`
            : 'Starter …'}{' '}
          <button type="button" onClick={() => void cancelWhatIf(jobId)}>
            Avbryt
          </button>
        </p>
      )}
      {message && <p role="alert">{message}</p>}
      {job?.result?.scenarios.map((s) => (
        <div key={s.name} className="whatif-result">
          <ComparisonTable name={s.name} comparison={s.comparison} />
          <button
            type="button"
            onClick={() => download(`hva-om-${s.name}.csv`, comparisonCsv(s.name, s.comparison))}
          >
            Last ned {s.name} som CSV
          </button>
        </div>
      ))}
    </section>
  );
}
