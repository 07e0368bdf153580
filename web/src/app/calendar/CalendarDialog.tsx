import type { Calendar } from '../../api/calendar.ts';
import type { OverrideBody } from '../../api/overrides.ts';
import type { Target } from '../../features/calendar/BedCalendar.tsx';
import { recordStaffEvent, type StaffEventContext } from '../../features/calendar/staffEvents.ts';
import { StayDialog } from '../../features/calendar/StayDialog.tsx';
import type { StayDialogControl } from '../../features/calendar/useStayDialog.ts';
import type { Overrides } from '../../features/overrides/useOverrides.ts';

export interface CalendarDialogProps {
  calendar: Calendar;
  dialog: StayDialogControl;
  overrides: Overrides;
  canMove: boolean;
  canRecordEvents: boolean;
  reload: () => Promise<unknown>;
  /** What recording a staff event needs besides the stay (the dialog closes once it is saved). */
  events: Omit<StaffEventContext, 'onRecorded'>;
}

/** The stay dialog, open for a stay or a waiting-list entry, saving what is done in it. */
export function CalendarDialog({
  calendar,
  dialog,
  overrides,
  canMove,
  canRecordEvents,
  reload,
  events,
}: CalendarDialogProps) {
  const subject = dialog.subject;
  if (!subject) return null;

  const sendAndClose = async (body: OverrideBody) => {
    if (!(await overrides.send(body))) return;
    await reload();
    dialog.close();
  };

  const move = async (target: Target) => {
    if (subject.stay) {
      const saved = await overrides.move(subject.stay, target, false);
      if (saved) dialog.closeOn(saved);
      return;
    }
    const entry = calendar.waiting[dialog.waitingIndex ?? -1];
    if (!entry) return;
    const saved = await overrides.place(entry, target);
    if (saved) dialog.closeOn(saved);
  };

  return (
    <StayDialog
      calendar={calendar}
      subject={subject}
      canMove={canMove}
      canRecordEvents={canRecordEvents}
      onMove={(t) => void move(t)}
      onPin={(pinned) => subject.stay && void sendAndClose({ action: 'pin', ref: subject.stay.ref, pinned })}
      onUnplace={() => subject.stay && void sendAndClose({ action: 'unplace', ref: subject.stay.ref })}
      onEvent={(type, value) =>
        void recordStaffEvent(subject.stay, type, value, { ...events, onRecorded: () => dialog.close() })
      }
      onClose={() => dialog.close()}
    />
  );
}
