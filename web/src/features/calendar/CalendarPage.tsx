import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { getCalendar, type CalendarStay } from '../../api/calendar.ts';
import { ApiRequestError } from '../../api/client.ts';
import { postEvents } from '../../api/events.ts';
import type { SolveJob } from '../../api/jobs.ts';
import { postOverride, type OverrideBody, type OverrideResult } from '../../api/overrides.ts';
import { diffPlans, discardDraft, getPlan, publishPlan, saveDraft } from '../../api/plans.ts';
import type { SessionUser } from '../../api/session.ts';
import type { Workspace } from '../../app/useWorkspace.ts';
import { daysBetween, todayInNorway } from '../../lib/isoDates.ts';
import { kindColours, kindName } from '../../lib/kinds.ts';
import { refKey } from '../../lib/refs.ts';
import { discardRefusal, refusalMessage } from '../../lib/bokmal/errors.ts';
import { calendarFigures } from '../../lib/figures.ts';
import { describeChange, undoBody, type Change } from '../overrides/change.ts';
import { emptyUndo, peekUndo, popUndo, pushUndo } from '../overrides/undoStack.ts';
import { DraftReview, type DraftReviewState } from '../solve/DraftReview.tsx';
import { SolvePanel } from '../solve/SolvePanel.tsx';
import { compatibleFreeBeds, firstFreeStart, highlightCss } from '../waiting/compatibleBeds.ts';
import { WaitingPanel } from '../waiting/WaitingPanel.tsx';
import { BedCalendar, zoomLabels, type Target, type Zoom } from './BedCalendar.tsx';
import { returnFocus, type FocusTarget } from './focusReturn.ts';
import { scopeOfUnit } from './resources.ts';
import { StayDialog, type DialogSubject, type StaffEventType } from './StayDialog.tsx';
import type { CalendarState } from './useCalendar.ts';

const noHighlights: ReadonlySet<string> = new Set();

/** A stay dragged or moved to a target, pinned there. */
const changeOf = (stay: CalendarStay, target: Target): Change => ({
  ref: stay.ref,
  label: stay.label,
  before: { bedId: stay.bedId, start: stay.start, end: stay.end, pinned: stay.pinned },
  after: { ...target, pinned: true },
});

interface Notice {
  text: string;
  alert: boolean;
  /** Counts notices, so the same text said twice is announced twice. */
  serial: number;
}

let noticeSerial = 0;
const makeNotice = (text: string, alert: boolean): Notice => ({ text, alert, serial: ++noticeSerial });

/** The bed calendar with what a planner does to it: move, place, undo, solve, approve. */
export function CalendarPage({
  user,
  workspace,
  state,
}: {
  user: SessionUser;
  workspace: Workspace;
  state: CalendarState;
}) {
  const { calendar, reload } = state;
  const planId = workspace.planId;
  const isPlanner = user.role === 'planner' || user.role === 'admin';
  const canEdit = isPlanner && calendar?.status === 'draft';
  const [zoom, setZoom] = useState<Zoom>('dag');
  const [undo, setUndo] = useState(emptyUndo<Change>());
  const [notice, setNotice] = useState<Notice | null>(null);
  const [dialog, setDialog] = useState<DialogSubject | null>(null);
  const [dialogWaiting, setDialogWaiting] = useState<number | null>(null);
  const [dragIndex, setDragIndex] = useState<number | null>(null);
  const [review, setReview] = useState<DraftReviewState | null>(null);
  const [highlighted, setHighlighted] = useState<ReadonlySet<string>>(new Set());
  const [renderMs, setRenderMs] = useState<{ mountMs: number; paintMs: number } | null>(null);
  const revision = useRef(0);
  /** Where the focus goes back to when the dialog closes. */
  const opener = useRef<FocusTarget>({});

  useEffect(() => {
    if (calendar) revision.current = calendar.revision;
  }, [calendar]);
  useEffect(() => {
    setUndo(emptyUndo());
    setRenderMs(null);
  }, [planId, workspace.unit]);

  const { patchStay } = state;

  /** Sends one override; the result, or null after telling the planner why it was refused. */
  const send = useCallback(
    async (body: OverrideBody): Promise<OverrideResult | null> => {
      if (planId === null) return null;
      try {
        const result = await postOverride(planId, revision.current, body);
        revision.current = result.revision;
        return result;
      } catch (error) {
        setNotice(makeNotice(refusalMessage(error), true));
        if (error instanceof ApiRequestError && error.code === 'stale_revision') await reload();
        return null;
      }
    },
    [planId, reload],
  );

  /**
   * Moves or places a stay. After a drag the bar is already where it belongs, so only the data is patched
   * (re-feeding a hundred beds of bars costs seconds); otherwise the calendar is loaded again.
   */
  const apply = useCallback(
    async (change: Change, draggedKey: string | null): Promise<CalendarStay | null> => {
      const result = await send({ action: 'move', ref: change.ref, ...change.after, pin: true });
      if (!result) return null;
      setUndo((u) => pushUndo(u, change));
      setNotice(makeNotice(`Lagret: ${describeChange(change)}`, false));
      if (draggedKey !== null && result.stay) {
        patchStay(draggedKey, result.stay, result.revision);
        return result.stay;
      }
      const loaded = await reload();
      return loaded?.stays.find((s) => refKey(s.ref) === refKey(change.ref)) ?? result.stay ?? null;
    },
    [send, reload, patchStay],
  );

  const onMove = useCallback(
    (stay: CalendarStay, target: Target) => apply(changeOf(stay, target), stay.key),
    [apply],
  );

  const onPlace = useCallback(
    async (index: number, target: Target) => {
      setDragIndex(null);
      const entry = calendar?.waiting[index];
      if (!entry) return false;
      const saved = await apply(
        { ref: entry.ref, label: entry.label, before: null, after: { ...target, pinned: true } },
        null,
      );
      return saved !== null;
    },
    [apply, calendar],
  );

  const closeDialog = (focus: FocusTarget = opener.current) => {
    setDialog(null);
    returnFocus(focus);
  };

  const sendAndClose = async (body: OverrideBody) => {
    if (!(await send(body))) return;
    await reload();
    closeDialog();
  };

  const undoLast = async () => {
    const last = peekUndo(undo);
    if (!last) return;
    if (await send(undoBody(last))) {
      setUndo(popUndo(undo));
      setNotice(makeNotice(`Angret: ${describeChange(last)}`, false));
      await reload();
    }
  };

  const onSolved = async (job: SolveJob) => {
    const draftId = job.planId!;
    const scope = scopeOfUnit(workspace.unit);
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
    await workspace.refreshPlans(draftId);
  };

  const approve = async () => {
    if (!review) return;
    try {
      await publishPlan(review.draftId);
      setNotice(makeNotice('Utkastet er godkjent og publisert.', false));
      setReview(null);
      setHighlighted(new Set());
      await workspace.refreshPlans(review.draftId);
      await reload();
    } catch (error) {
      setNotice(makeNotice(refusalMessage(error), true));
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
      setNotice(makeNotice('Utkastet er forkastet.', false));
      await workspace.refreshPlans(review.previousId ?? undefined);
    } catch (error) {
      setNotice(makeNotice(discardRefusal(error), true));
    }
  };

  const newDraft = async () => {
    if (!workspace.instanceId) return;
    const body =
      planId !== null
        ? (await getPlan(planId)).plan
        : { version: 1 as const, stays: [], unplaced: [], metrics: {} };
    const saved = await saveDraft(workspace.instanceId, body);
    setNotice(makeNotice(`Nytt utkast: versjon ${saved.version}.`, false));
    await workspace.refreshPlans(saved.id);
  };

  const recordEvent = async (type: StaffEventType, value: string | number) => {
    const stay = dialog?.stay;
    if (!stay || !('requestId' in stay.ref) || planId === null) return;
    const requestId = stay.ref.requestId;
    const event =
      type === 'extend'
        ? { type, requestId, nights: Number(value) }
        : { type, requestId, date: String(value) };
    try {
      // Before the plan period starts, "today" is its first day: no night of it has passed.
      const today = todayInNorway() < calendar!.horizon.start ? calendar!.horizon.start : todayInNorway();
      const result = await postEvents(planId, today, [event]);
      closeDialog();
      setNotice(
        makeNotice(
          `Registrert. Ny plan lagret som utkast (versjon ${result.plan.version}) med ${result.moves.length} ${result.moves.length === 1 ? 'flytting' : 'flyttinger'}${isPlanner ? '' : '; planleggeren godkjenner den'}.`,
          false,
        ),
      );
      if (isPlanner) await workspace.refreshPlans(result.plan.id);
    } catch (error) {
      setNotice(makeNotice(refusalMessage(error), true));
    }
  };

  const dragCss = useMemo(() => {
    const entry = dragIndex !== null ? calendar?.waiting[dragIndex] : undefined;
    return entry && calendar ? highlightCss(compatibleFreeBeds(calendar, entry)) : '';
  }, [dragIndex, calendar]);

  const openWaiting = (index: number) => {
    const entry = calendar?.waiting[index];
    if (!entry || !calendar) return;
    const beds = [...compatibleFreeBeds(calendar, entry)];
    const bedId = beds[0] ?? '';
    setDialogWaiting(index);
    opener.current = {
      element: document.activeElement instanceof HTMLElement ? document.activeElement : null,
      fallbackId: 'waiting-title',
    };
    setDialog({
      title: `Plasser ${entry.label}`,
      stay: null,
      nights: entry.nights,
      start: (bedId && firstFreeStart(calendar, bedId, entry)) || entry.earliestStart,
      bedId,
    });
  };

  const onDialogMove = async (target: Target) => {
    const subject = dialog;
    if (!subject) return;
    if (subject.stay) {
      const saved = await apply(changeOf(subject.stay, target), null);
      if (saved) closeDialog({ ...opener.current, stayKey: saved.key });
      return;
    }
    const entry = calendar?.waiting[dialogWaiting ?? -1];
    if (!entry) return;
    const saved = await apply(
      { ref: entry.ref, label: entry.label, before: null, after: { ...target, pinned: true } },
      null,
    );
    if (saved) closeDialog({ ...opener.current, stayKey: saved.key });
  };

  if (planId === null) {
    return (
      <section>
        <p>Ingen plan ennå for dette grunnlaget.</p>
        {isPlanner && workspace.instanceId && (
          <>
            <button type="button" onClick={() => void newDraft()}>
              Lag tom plan
            </button>
            <SolvePanel instanceId={workspace.instanceId} onDone={(job) => void onSolved(job)} />
          </>
        )}
      </section>
    );
  }
  if (!calendar) return <p role="status">Laster kalenderen …</p>;

  return (
    <div className="calendar-page">
      <div className="toolbar no-print" role="toolbar" aria-label="Kalender">
        {isPlanner && (
          <button
            type="button"
            className="link"
            onClick={() => document.getElementById('waiting-title')?.focus()}
          >
            Til ventelisten
          </button>
        )}
        <span role="group" aria-label="Zoom">
          {(Object.keys(zoomLabels) as Zoom[]).map((z) => (
            <button key={z} type="button" aria-pressed={zoom === z} onClick={() => setZoom(z)}>
              {zoomLabels[z]}
            </button>
          ))}
        </span>
        {canEdit && (
          <button type="button" onClick={() => void undoLast()} disabled={undo.items.length === 0}>
            Angre siste endring
          </button>
        )}
        {isPlanner && calendar.status === 'published' && (
          <button type="button" onClick={() => void newDraft()}>
            Lag utkast for å endre
          </button>
        )}
        <span className="status-text">
          {calendar.status === 'draft' ? 'Utkast' : 'Publisert'} · {calendar.resources.length} senger ·{' '}
          {calendar.stays.length} opphold
        </span>
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
      </div>
      <div aria-live="polite" className="notice-area">
        {notice && (
          <p
            key={notice.serial}
            role={notice.alert ? 'alert' : 'status'}
            className={notice.alert ? 'notice refused' : 'notice'}
          >
            {notice.text}
          </p>
        )}
      </div>
      {review && review.draftId === planId && (
        <DraftReview review={review} onApprove={() => void approve()} onDiscard={() => void discard()} />
      )}
      <div className="calendar-layout">
        <div
          className="calendar-main"
          data-render-ms={renderMs ? Math.round(renderMs.paintMs) : ''}
          data-mount-ms={renderMs ? Math.round(renderMs.mountMs) : ''}
          data-plan-id={planId}
          data-revision={calendar.revision}
        >
          <style>{dragCss}</style>
          <BedCalendar
            key={`${planId}-${workspace.unit}`}
            calendar={calendar}
            zoom={zoom}
            editable={canEdit}
            highlighted={review?.draftId === planId ? highlighted : noHighlights}
            version={state.version}
            onMove={onMove}
            onPlace={onPlace}
            onOpenStay={(stay) => {
              // A stay sent back to the waiting list has no bar left: then the list is next.
              opener.current = { stayKey: stay.key, fallbackId: 'waiting-title' };
              setDialog({
                title: stay.label,
                stay,
                nights: daysBetween(stay.start, stay.end),
                start: stay.start,
                bedId: stay.bedId,
              });
            }}
            onFirstRender={setRenderMs}
          />
        </div>
        {isPlanner && (
          <aside className="side no-print">
            {workspace.instanceId && (
              <SolvePanel instanceId={workspace.instanceId} onDone={(job) => void onSolved(job)} />
            )}
            <WaitingPanel
              waiting={calendar.waiting}
              draggable={canEdit}
              onDragging={setDragIndex}
              onPlaceByKeyboard={openWaiting}
            />
          </aside>
        )}
      </div>
      {dialog && (
        <StayDialog
          calendar={calendar}
          subject={dialog}
          canMove={canEdit}
          canRecordEvents={user.role !== 'wardLeader'}
          onMove={(t) => void onDialogMove(t)}
          onPin={(pinned) =>
            dialog.stay && void sendAndClose({ action: 'pin', ref: dialog.stay.ref, pinned })
          }
          onUnplace={() => dialog.stay && void sendAndClose({ action: 'unplace', ref: dialog.stay.ref })}
          onEvent={(type, value) => void recordEvent(type, value)}
          onClose={() => closeDialog()}
        />
      )}
    </div>
  );
}
