import type { SolveJob } from '../../api/jobs.ts';
import { SolvePanel } from './SolvePanel.tsx';

/** An instance without a plan: a planner starts with an empty plan or lets the solver make one. */
export function NoPlanYet({
  instanceId,
  onNewDraft,
  onSolved,
}: {
  /** Null for someone who may not plan. */
  instanceId: string | null;
  onNewDraft: () => void;
  onSolved: (job: SolveJob) => void;
}) {
  return (
    <section>
      <p>Ingen plan ennå for dette grunnlaget.</p>
      {instanceId && (
        <>
          <button type="button" onClick={onNewDraft}>
            Lag tom plan
          </button>
          <SolvePanel instanceId={instanceId} onDone={onSolved} />
        </>
      )}
    </section>
  );
}
