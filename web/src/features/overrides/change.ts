import type { CalendarStay, StayRef, WaitingEntry } from '../../api/calendar.ts';
import type { OverrideBody } from '../../api/overrides.ts';
import { formatStay } from '../../lib/nights.ts';

export interface Placement {
  bedId: string;
  start: string;
  end: string;
  pinned: boolean;
}

/** One manual change: where the stay was (null: on the waiting list) and where it went. */
export interface Change {
  ref: StayRef;
  label: string;
  before: Placement | null;
  after: Placement;
}

/** A bed and nights to put a stay on. */
export type Target = Omit<Placement, 'pinned'>;

/** A stay dragged or moved to a target, pinned there. */
export const moveChange = (stay: CalendarStay, target: Target): Change => ({
  ref: stay.ref,
  label: stay.label,
  before: { bedId: stay.bedId, start: stay.start, end: stay.end, pinned: stay.pinned },
  after: { ...target, pinned: true },
});

/** A waiting-list entry placed on a target, pinned there. */
export const placeChange = (entry: WaitingEntry, target: Target): Change => ({
  ref: entry.ref,
  label: entry.label,
  before: null,
  after: { ...target, pinned: true },
});

/** The override that puts a change back. */
export function undoBody(change: Change): OverrideBody {
  if (change.before === null) return { action: 'unplace', ref: change.ref };
  const { bedId, start, end, pinned } = change.before;
  return { action: 'move', ref: change.ref, bedId, start, end, pin: pinned };
}

/** "Angre: R12 til C1-W1-R1-B1, netter …" */
export function describeChange(change: Change): string {
  return `${change.label} til ${change.after.bedId}, ${formatStay(change.after.start, change.after.end)}`;
}
