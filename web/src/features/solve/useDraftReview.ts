import { useState } from 'react';
import { getCalendar, type Calendar, type CalendarScope } from '../../api/calendar.ts';
import { ApiRequestError } from '../../api/client.ts';
import type { SolveJob } from '../../api/jobs.ts';
import { diffPlans, discardDraft, getPlan, publishPlan, saveDraft } from '../../api/plans.ts';
import { discardRefusal, refusalMessage } from '../../lib/bokmal/errors.ts';
import { calendarFigures } from '../../lib/figures.ts';
import type { Notify } from '../../lib/notice.ts';
import { refKey } from '../../lib/refs.ts';
import type { DraftReviewState } from './DraftReview.tsx';

const noHighlights: ReadonlySet<string> = new Set();

export interface Drafts {
  instanceId: string | null;
  planId: number | null;
  scope: CalendarScope;
  calendar: Calendar | null;
  reload: () => Promise<unknown>;
  /** Lists the plan versions again and opens `select` (else keeps the one open). */
  refreshPlans: (select?: number) => Promise<void>;
  /** The revision of the plan in view, sent with its discard. */
  revision: { readonly current: number };
  notify: Notify;
}

/**
 * A draft from the solver shown beside the plan it would replace, with its changed stays marked, to approve
 * or discard; and a new draft made from the plan in view.
 */
export function useDraftReview(drafts: Drafts) {
  const { instanceId, planId, scope, calendar, reload, refreshPlans, revision, notify } = drafts;
  const [review, setReview] = useState<DraftReviewState | null>(null);
  const [highlighted, setHighlighted] = useState<ReadonlySet<string>>(new Set());

  const solved = async (job: SolveJob) => {
    const draftId = job.planId!;
    const [draft, diff] = await Promise.all([
      getCalendar(draftId, scope),
      planId !== null ? diffPlans(planId, draftId) : Promise.resolve(null),
    ]);
    const changed = new Set([...(diff?.moved ?? []), ...(diff?.added ?? [])].map((m) => refKey(m.ref)));
    setHighlighted(new Set(draft.stays.filter((s) => changed.has(refKey(s.ref))).map((s) => s.key)));
    setReview({
      draftId,
      previousId: planId,
      before: calendar ? calendarFigures(calendar) : null,
      after: calendarFigures(draft),
      moved: diff?.moved.length ?? 0,
      added: diff?.added.length ?? 0,
      removed: diff?.removed.length ?? 0,
    });
    await refreshPlans(draftId);
  };

  const approve = async () => {
    if (!review) return;
    try {
      await publishPlan(review.draftId);
      notify('Utkastet er godkjent og publisert.');
      setReview(null);
      setHighlighted(new Set());
      await refreshPlans(review.draftId);
      await reload();
    } catch (error) {
      notify(refusalMessage(error), true);
    }
  };

  const discard = async () => {
    if (!review) return;
    try {
      const shown = planId === review.draftId && revision.current > 0 ? revision.current : undefined;
      await discardDraft(review.draftId, shown).catch((error: unknown) => {
        // Gone already (discarded in another tab): what the planner asked for.
        if (!(error instanceof ApiRequestError && error.code === 'not_found')) throw error;
      });
      setReview(null);
      setHighlighted(new Set());
      notify('Utkastet er forkastet.');
      await refreshPlans(review.previousId ?? undefined);
    } catch (error) {
      notify(discardRefusal(error), true);
    }
  };

  const newDraft = async () => {
    if (!instanceId) return;
    const body =
      planId !== null
        ? (await getPlan(planId)).plan
        : { version: 1 as const, stays: [], unplaced: [], metrics: {} };
    const saved = await saveDraft(instanceId, body);
    notify(`Nytt utkast: versjon ${saved.version}.`);
    await refreshPlans(saved.id);
  };

  const shown = review !== null && review.draftId === planId;
  return {
    /** The draft under review, while it is the plan in view. */
    review: shown ? review : null,
    highlighted: shown ? highlighted : noHighlights,
    solved,
    approve,
    discard,
    newDraft,
  };
}
