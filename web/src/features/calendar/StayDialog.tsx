import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Calendar, CalendarStay } from '../../api/calendar.ts';
import { addDays, daysBetween } from '../../lib/isoDates.ts';
import { kindName } from '../../lib/kinds.ts';
import { formatStay } from '../../lib/nights.ts';
import type { Target } from './BedCalendar.tsx';
import { groupBeds } from './resources.ts';
import { StaffEventFields, type StaffEventType } from './StaffEventFields.tsx';

/** What the dialog is about: a placed stay, or a waiting-list entry to place. */
export interface DialogSubject {
  title: string;
  stay: CalendarStay | null;
  nights: number;
  start: string;
  bedId: string;
}

export interface StayDialogProps {
  calendar: Calendar;
  subject: DialogSubject;
  canMove: boolean;
  canRecordEvents: boolean;
  onMove: (target: Target) => void;
  onPin: (pinned: boolean) => void;
  onUnplace: () => void;
  onEvent: (event: StaffEventType, value: string | number) => void;
  onClose: () => void;
}

const focusable = 'button:not(:disabled), input:not(:disabled), select:not(:disabled), [tabindex="0"]';

/** Tab from the last control goes to the first and Shift+Tab from the first to the last: a modal keeps focus. */
function keepTabInside(dialog: HTMLElement, e: KeyboardEvent): void {
  const controls = [...dialog.querySelectorAll<HTMLElement>(focusable)];
  const first = controls[0];
  const last = controls[controls.length - 1];
  if (!first || !last) return;
  const active = document.activeElement;
  if (e.shiftKey && (active === first || active === dialog.querySelector('h2'))) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && active === last) {
    e.preventDefault();
    first.focus();
  }
}

/** A stay's details and the keyboard way to do what dragging does, plus the staff's events. */
export function StayDialog(props: StayDialogProps) {
  const { calendar, subject, canMove, canRecordEvents } = props;
  const beds = groupBeds(calendar.resources);
  const [bedId, setBedId] = useState(subject.bedId || beds[0]?.id || '');
  const [start, setStart] = useState(subject.start);
  const [nights, setNights] = useState(subject.nights);
  const heading = useRef<HTMLHeadingElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const stay = subject.stay;
  const isRequest = stay !== null && 'requestId' in stay.ref;

  useEffect(() => heading.current?.focus(), []);

  const submitMove = (e: FormEvent) => {
    e.preventDefault();
    props.onMove({ bedId, start, end: addDays(start, nights) });
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') props.onClose();
    if (e.key === 'Tab' && box.current) keepTabInside(box.current, e);
  };

  return (
    <div className="dialog-backdrop" onKeyDown={onKeyDown}>
      <div role="dialog" aria-modal="true" aria-labelledby="stay-dialog-title" className="dialog" ref={box}>
        <h2 id="stay-dialog-title" tabIndex={-1} ref={heading}>
          {subject.title}
        </h2>
        {stay && (
          <p>
            {kindName(stay.kind)}, seng {stay.bedId}, {formatStay(stay.start, stay.end)} (
            {daysBetween(stay.start, stay.end)} netter){stay.pinned ? ', låst' : ''}
            {stay.fixed ? ', fast opphold' : ''}
          </p>
        )}
        {canMove && (!stay || !stay.fixed) && (
          <form onSubmit={submitMove} className="move-form">
            <label>
              Seng
              <select value={bedId} onChange={(e) => setBedId(e.target.value)}>
                {beds.map((b) => (
                  <option key={b.id} value={b.id}>
                    {b.group} · {b.room} · {b.title}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Første natt
              <input type="date" value={start} onChange={(e) => setStart(e.target.value)} required />
            </label>
            <label>
              Netter
              <input
                type="number"
                min={1}
                value={nights}
                onChange={(e) => setNights(Number(e.target.value))}
                required
              />
            </label>
            <p aria-live="polite">{start && nights > 0 ? formatStay(start, addDays(start, nights)) : ''}</p>
            <button type="submit">{stay ? 'Flytt' : 'Plasser'}</button>
            {stay && (
              <>
                <button type="button" onClick={() => props.onPin(!stay.pinned)}>
                  {stay.pinned ? 'Lås opp' : 'Lås'}
                </button>
                <button type="button" onClick={props.onUnplace}>
                  Tilbake til ventelisten
                </button>
              </>
            )}
          </form>
        )}
        {canRecordEvents && isRequest && stay && <StaffEventFields stay={stay} onEvent={props.onEvent} />}
        <button type="button" onClick={props.onClose}>
          Lukk
        </button>
      </div>
    </div>
  );
}
