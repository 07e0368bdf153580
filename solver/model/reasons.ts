import type { StaffingNote } from './staffing.ts';

/** Why a stay could not be placed, in words a planner understands. */
export interface UnplacedContext {
  requiredTags: readonly string[];
  nights: number;
  firstStart: string;
  lastStart: string;
  compatibleBeds: number;
  pinnedBed?: string | undefined;
  pinnedStart?: string | undefined;
  occurrence?: number | undefined;
  /** Staffing caps of the compatible beds' wards during the nights the stay could have taken. */
  staffing?: readonly StaffingNote[] | undefined;
}

function staffingText(notes: readonly StaffingNote[] | undefined): string {
  if (notes === undefined || notes.length === 0) return '';
  const each = notes.map(
    (n) =>
      `ward ${n.wardId} is staffed for ${n.beds} ${n.beds === 1 ? 'bed' : 'beds'} from ${n.start} to ${n.end}`,
  );
  return ` (${each.join('; ')})`;
}

export function unplacedReason(c: UnplacedContext): string {
  const tags = `[${c.requiredTags.join(', ')}]`;
  const ofSeries = c.occurrence === undefined ? '' : ` (stay ${c.occurrence + 1} of the series)`;
  const staffing = staffingText(c.staffing);
  if (c.pinnedBed !== undefined || c.pinnedStart !== undefined) {
    const where = c.pinnedBed !== undefined ? `bed ${c.pinnedBed}` : `any bed tagged ${tags}`;
    const when = c.pinnedStart !== undefined ? `from ${c.pinnedStart}` : 'in the window';
    return `pinned: ${where} is not free for ${c.nights} nights ${when}${ofSeries}${staffing}`;
  }
  if (c.compatibleBeds === 0) return `no bed has the tags ${tags}${ofSeries}`;
  const window =
    c.firstStart === c.lastStart
      ? `on ${c.firstStart}`
      : `with a start between ${c.firstStart} and ${c.lastStart}`;
  return `no bed tagged ${tags} free for ${c.nights} nights ${window}${ofSeries}${staffing}`;
}
