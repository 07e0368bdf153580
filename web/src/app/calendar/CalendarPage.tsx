import { useCallback, useEffect, useState } from 'react';
import type { CalendarStay } from '../../api/calendar.ts';
import type { SessionUser } from '../../api/session.ts';
import { NoticeArea } from '../../components/NoticeArea.tsx';
import { BedCalendar, type Target } from '../../features/calendar/BedCalendar.tsx';
import { CalendarToolbar } from '../../features/calendar/CalendarToolbar.tsx';
import { scopeOfUnit } from '../../features/calendar/resources.ts';
import type { CalendarState } from '../../features/calendar/useCalendar.ts';
import type { RenderTimes } from '../../features/calendar/useFirstRender.ts';
import { useStayDialog } from '../../features/calendar/useStayDialog.ts';
import type { Zoom } from '../../features/calendar/zoom.ts';
import { useOverrides } from '../../features/overrides/useOverrides.ts';
import { DraftReview } from '../../features/solve/DraftReview.tsx';
import { NoPlanYet } from '../../features/solve/NoPlanYet.tsx';
import { SolvePanel } from '../../features/solve/SolvePanel.tsx';
import { useDraftReview } from '../../features/solve/useDraftReview.ts';
import { placeSuggestion } from '../../features/waiting/placeSuggestion.ts';
import { useWaitingDrag } from '../../features/waiting/useWaitingDrag.ts';
import { WaitingPanel } from '../../features/waiting/WaitingPanel.tsx';
import { useNotice } from '../../lib/notice.ts';
import type { Workspace } from '../useWorkspace.ts';
import { CalendarDialog } from './CalendarDialog.tsx';

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
  const { calendar, reload, patchStay } = state;
  const { planId, instanceId, unit, refreshPlans } = workspace;
  const isPlanner = user.role === 'planner' || user.role === 'admin';
  const canEdit = isPlanner && calendar?.status === 'draft';
  const [zoom, setZoom] = useState<Zoom>('dag');
  const [renderMs, setRenderMs] = useState<RenderTimes | null>(null);
  const { notice, notify } = useNotice();
  const overrides = useOverrides({ planId, unit, calendar, reload, patchStay, notify });
  const { revision, move, place } = overrides;
  const scope = scopeOfUnit(unit);
  const drafts = useDraftReview({ ...workspace, scope, calendar, reload, revision, notify });
  const dialog = useStayDialog();
  const drag = useWaitingDrag(calendar);
  const { setDragging } = drag;

  useEffect(() => {
    setRenderMs(null);
  }, [planId, unit]);

  const onMove = useCallback((stay: CalendarStay, target: Target) => move(stay, target, true), [move]);

  const onPlace = useCallback(
    async (index: number, target: Target) => {
      setDragging(null);
      const entry = calendar?.waiting[index];
      if (!entry) return false;
      return (await place(entry, target)) !== null;
    },
    [place, calendar, setDragging],
  );

  const openWaiting = (index: number) => {
    const entry = calendar?.waiting[index];
    if (entry && calendar) dialog.openWaiting(index, placeSuggestion(calendar, entry));
  };

  if (planId === null)
    return (
      <NoPlanYet
        instanceId={isPlanner ? instanceId : null}
        onNewDraft={() => void drafts.newDraft()}
        onSolved={(job) => void drafts.solved(job)}
      />
    );
  if (!calendar) return <p role="status">Laster kalenderen …</p>;

  return (
    <div className="calendar-page">
      <CalendarToolbar
        calendar={calendar}
        zoom={zoom}
        onZoom={setZoom}
        waitingLink={isPlanner}
        undo={canEdit ? { possible: overrides.canUndo, run: () => void overrides.undoLast() } : null}
        onNewDraft={isPlanner && calendar.status === 'published' ? () => void drafts.newDraft() : null}
      />
      <NoticeArea className="notice-area" notice={notice} />
      {drafts.review && (
        <DraftReview
          review={drafts.review}
          onApprove={() => void drafts.approve()}
          onDiscard={() => void drafts.discard()}
        />
      )}
      <div className="calendar-layout">
        <div
          className="calendar-main"
          data-render-ms={renderMs ? Math.round(renderMs.paintMs) : ''}
          data-mount-ms={renderMs ? Math.round(renderMs.mountMs) : ''}
          data-plan-id={planId}
          data-revision={calendar.revision}
        >
          <style>{drag.css}</style>
          <BedCalendar
            key={`${planId}-${unit}`}
            calendar={calendar}
            zoom={zoom}
            editable={canEdit}
            highlighted={drafts.highlighted}
            version={state.version}
            onMove={onMove}
            onPlace={onPlace}
            onOpenStay={dialog.openStay}
            onFirstRender={setRenderMs}
          />
        </div>
        {isPlanner && (
          <aside className="side no-print">
            {instanceId && <SolvePanel instanceId={instanceId} onDone={(job) => void drafts.solved(job)} />}
            <WaitingPanel
              waiting={calendar.waiting}
              draggable={canEdit}
              onDragging={setDragging}
              onPlaceByKeyboard={openWaiting}
            />
          </aside>
        )}
      </div>
      <CalendarDialog
        calendar={calendar}
        dialog={dialog}
        overrides={overrides}
        canMove={canEdit}
        canRecordEvents={user.role !== 'wardLeader'}
        reload={reload}
        events={{ planId, horizonStart: calendar.horizon.start, isPlanner, refreshPlans, notify }}
      />
    </div>
  );
}
