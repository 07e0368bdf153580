import type { CalendarStay } from '../../api/calendar.ts';
import { postEvents } from '../../api/events.ts';
import { refusalMessage } from '../../lib/bokmal/errors.ts';
import { todayInNorway } from '../../lib/isoDates.ts';
import type { Notify } from '../../lib/notice.ts';
import type { StaffEventType } from './StaffEventFields.tsx';

export interface StaffEventContext {
  planId: number | null;
  horizonStart: string;
  /** A planner opens the repaired draft; others leave it for the planner to approve. */
  isPlanner: boolean;
  refreshPlans: (select?: number) => Promise<void>;
  notify: Notify;
  /** Called once the event is saved, before the plans are listed again. */
  onRecorded: () => void;
}

/** Records what happened to a request's stay (arrival, no-show, early departure, extension) and replans. */
export async function recordStaffEvent(
  stay: CalendarStay | null | undefined,
  type: StaffEventType,
  value: string | number,
  { planId, horizonStart, isPlanner, refreshPlans, notify, onRecorded }: StaffEventContext,
): Promise<void> {
  if (!stay || !('requestId' in stay.ref) || planId === null) return;
  const requestId = stay.ref.requestId;
  const event =
    type === 'extend' ? { type, requestId, nights: Number(value) } : { type, requestId, date: String(value) };
  try {
    // Before the plan period starts, "today" is its first day: no night of it has passed.
    const today = todayInNorway() < horizonStart ? horizonStart : todayInNorway();
    const result = await postEvents(planId, today, [event]);
    onRecorded();
    const moves = `${result.moves.length} ${result.moves.length === 1 ? 'flytting' : 'flyttinger'}`;
    notify(
      `Registrert. Ny plan lagret som utkast (versjon ${result.plan.version}) med ${moves}${isPlanner ? '' : '; planleggeren godkjenner den'}.`,
    );
    if (isPlanner) await refreshPlans(result.plan.id);
  } catch (error) {
    notify(refusalMessage(error), true);
  }
}
