import { useEffect, useRef, useState } from 'react';
import { ApiRequestError } from '../../api/client.ts';
import { cancelJob, followJob, startSolve, type SolveJob, type SolveProgress } from '../../api/jobs.ts';

const phaseNames: Record<SolveProgress['phase'], string> = {
  guide: 'beregner startdager',
  construct: 'bygger plan',
  search: 'forbedrer',
  done: 'ferdig',
};

/** Starts a solve job, shows its progress and lets the planner cancel; reports the saved draft. */
export function SolvePanel({ instanceId, onDone }: { instanceId: string; onDone: (job: SolveJob) => void }) {
  const [seconds, setSeconds] = useState(10);
  const [jobId, setJobId] = useState<string | null>(null);
  const [progress, setProgress] = useState<SolveProgress | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const stop = useRef<(() => void) | null>(null);

  useEffect(() => () => stop.current?.(), []);

  const start = async () => {
    setMessage(null);
    setProgress(null);
    try {
      const id = await startSolve(instanceId, seconds);
      setJobId(id);
      stop.current = followJob(id, {
        progress: setProgress,
        done: (job) => {
          setJobId(null);
          if (job.status === 'failed' || job.planId === undefined) {
            setMessage(`Planleggingen feilet${job.error ? `: ${job.error}` : '.'}`);
            return;
          }
          setMessage(
            job.status === 'cancelled'
              ? 'Avbrutt: beste plan så langt er lagret som utkast.'
              : 'Ferdig: planen er lagret som utkast.',
          );
          onDone(job);
        },
        error: () => {
          setJobId(null);
          setMessage('Mistet forbindelsen til jobben.');
        },
      });
    } catch (e) {
      setMessage(
        e instanceof ApiRequestError && e.status === 429
          ? 'En annen planlegging pågår allerede. Prøv igjen når den er ferdig.'
          : 'Kunne ikke starte planleggingen.',
      );
    }
  };

  const elapsed = Math.min(progress?.seconds ?? 0, seconds);
  return (
    <section className="solve no-print" aria-labelledby="solve-title">
      <h2 id="solve-title">Planlegg på nytt</h2>
      {jobId === null ? (
        <>
          <label>
            Tidsgrense (sekunder)
            <input
              type="number"
              name="timeLimit"
              min={1}
              max={600}
              value={seconds}
              onChange={(e) => setSeconds(Number(e.target.value))}
            />
          </label>
          <button type="button" onClick={() => void start()}>
            Start planlegging
          </button>
        </>
      ) : (
        <>
          <label>
            Fremdrift{progress ? `: ${phaseNames[progress.phase]}, ${progress.unplaced} uplasserte` : ''}
            <progress
              max={seconds}
              value={elapsed}
              aria-valuetext={`${Math.round(elapsed)} av ${seconds} sekunder`}
            />
          </label>
          <button type="button" onClick={() => void cancelJob(jobId)}>
            Avbryt
          </button>
        </>
      )}
      {message && (
        <p role="status" aria-live="polite">
          {message}
        </p>
      )}
    </section>
  );
}
