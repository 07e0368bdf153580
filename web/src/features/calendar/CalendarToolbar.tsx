import type { Calendar } from '../../api/calendar.ts';
import { zoomLabels, type Zoom } from './zoom.ts';
import { Legend } from './Legend.tsx';

export interface CalendarToolbarProps {
  calendar: Calendar;
  zoom: Zoom;
  onZoom: (zoom: Zoom) => void;
  /** The planner's way from the toolbar to the waiting list. */
  waitingLink: boolean;
  /** Where the plan can be edited: whether a change can be undone, and undoing it. */
  undo: { possible: boolean; run: () => void } | null;
  /** Where a published plan could be changed through a new draft. */
  onNewDraft: (() => void) | null;
}

/** Zoom, undo and a new draft, the plan's status and the colour legend. */
export function CalendarToolbar({
  calendar,
  zoom,
  onZoom,
  waitingLink,
  undo,
  onNewDraft,
}: CalendarToolbarProps) {
  return (
    <div className="toolbar no-print" role="toolbar" aria-label="Kalender">
      {waitingLink && (
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
          <button key={z} type="button" aria-pressed={zoom === z} onClick={() => onZoom(z)}>
            {zoomLabels[z]}
          </button>
        ))}
      </span>
      {undo && (
        <button type="button" onClick={undo.run} disabled={!undo.possible}>
          Angre siste endring
        </button>
      )}
      {onNewDraft && (
        <button type="button" onClick={onNewDraft}>
          Lag utkast for å endre
        </button>
      )}
      <span className="status-text">
        {calendar.status === 'draft' ? 'Utkast' : 'Publisert'} · {calendar.resources.length} senger ·{' '}
        {calendar.stays.length} opphold
      </span>
      <Legend />
    </div>
  );
}
