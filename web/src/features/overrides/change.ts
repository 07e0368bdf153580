import type { StayRef } from '../../api/calendar.ts';
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
