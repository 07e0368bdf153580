import type { Figures } from '../../lib/figures.ts';
import { FigureTable } from '../../components/FigureTable.tsx';

export interface DraftReviewState {
  draftId: number;
  previousId: number | null;
  before: Figures | null;
  after: Figures;
  moved: number;
  added: number;
  removed: number;
}

/** The solver's draft beside the plan it would replace: the figures before and after, approve or discard. */
export function DraftReview({
  review,
  onApprove,
  onDiscard,
}: {
  review: DraftReviewState;
  onApprove: () => void;
  onDiscard: () => void;
}) {
  return (
    <section className="draft-review no-print" aria-labelledby="draft-title">
      <h2 id="draft-title">Nytt utkast</h2>
      <p>
        {review.moved} flyttet, {review.added} nye og {review.removed} fjernet opphold (markert med gul kant i
        kalenderen).
      </p>
      <FigureTable before={review.before} after={review.after} />
      <button type="button" onClick={onApprove}>
        Godkjenn og publiser
      </button>
      <button type="button" onClick={onDiscard}>
        Forkast
      </button>
    </section>
  );
}
