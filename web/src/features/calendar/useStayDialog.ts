import { useRef, useState } from 'react';
import type { CalendarStay } from '../../api/calendar.ts';
import { daysBetween } from '../../lib/isoDates.ts';
import { returnFocus, type FocusTarget } from './focusReturn.ts';
import type { DialogSubject } from './StayDialog.tsx';

/** The waiting list's heading: where the focus goes when the bar it came from is gone. */
const waitingTitle = 'waiting-title';

/** Which stay or waiting-list entry the dialog is open for, and where the focus goes back when it closes. */
export function useStayDialog() {
  const [subject, setSubject] = useState<DialogSubject | null>(null);
  /** The waiting-list entry being placed (its index in calendar.waiting). */
  const [waitingIndex, setWaitingIndex] = useState<number | null>(null);
  const opener = useRef<FocusTarget>({});

  const close = (focus: FocusTarget = opener.current) => {
    setSubject(null);
    returnFocus(focus);
  };

  /** Closes the dialog and puts the focus on the saved stay's bar. */
  const closeOn = (stay: CalendarStay) => close({ ...opener.current, stayKey: stay.key });

  const openStay = (stay: CalendarStay) => {
    // A stay sent back to the waiting list has no bar left: then the list is next.
    opener.current = { stayKey: stay.key, fallbackId: waitingTitle };
    setSubject({
      title: stay.label,
      stay,
      nights: daysBetween(stay.start, stay.end),
      start: stay.start,
      bedId: stay.bedId,
    });
  };

  const openWaiting = (index: number, entry: DialogSubject) => {
    setWaitingIndex(index);
    opener.current = {
      element: document.activeElement instanceof HTMLElement ? document.activeElement : null,
      fallbackId: waitingTitle,
    };
    setSubject(entry);
  };

  return { subject, waitingIndex, close, closeOn, openStay, openWaiting };
}

export type StayDialogControl = ReturnType<typeof useStayDialog>;
