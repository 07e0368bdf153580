import type { Instance, StaffingNote, UnplacedWhy } from '../formats.ts';

/** What a placement tried for a stay it could not place. */
export interface UnplacedContext {
  kind: string;
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

export type KindOf = (ref: { requestId?: string | undefined; seriesId?: string | undefined }) => string;

/** The kind of the request or series a stay belongs to. */
export function kindLookup(instance: Instance): KindOf {
  const requests = new Map(instance.requests.map((r) => [r.id, r.kind]));
  const series = new Map(instance.series.map((s) => [s.id, s.kind]));
  return (ref) =>
    (ref.requestId !== undefined ? requests.get(ref.requestId) : series.get(ref.seriesId ?? '')) ?? '';
}

type Closing = Extract<UnplacedWhy, { code: 'ended' }>['cause'];
/** The events that close a stay: a cancel, a no-show, an early departure. */
export type ClosingEvent = Extract<UnplacedWhy, { code: 'cancelled' | 'noShow' | 'leftEarly' }>;

/** Why a stay found no place: a pin that is taken, tags no bed has, or no compatible bed free in its window. */
export function unplacedWhy(c: UnplacedContext): UnplacedWhy {
  const tags = [...c.requiredTags];
  const ofSeries = c.occurrence === undefined ? {} : { occurrence: c.occurrence };
  const notes = {
    ...ofSeries,
    ...(c.staffing && c.staffing.length > 0 ? { staffing: c.staffing.map((n) => ({ ...n })) } : {}),
  };
  if (c.pinnedBed !== undefined || c.pinnedStart !== undefined)
    return {
      code: 'pinnedNotFree',
      tags,
      nights: c.nights,
      ...(c.pinnedBed !== undefined ? { bedId: c.pinnedBed } : {}),
      ...(c.pinnedStart !== undefined ? { start: c.pinnedStart } : {}),
      ...notes,
    };
  if (c.compatibleBeds === 0) return { code: 'noBedWithTags', kind: c.kind, tags, ...ofSeries };
  return {
    code: 'noFreeBed',
    kind: c.kind,
    tags,
    nights: c.nights,
    window: { from: c.firstStart, to: c.lastStart },
    bedsTried: c.compatibleBeds,
    ...notes,
  };
}

function notesText(why: { occurrence?: number | undefined; staffing?: readonly StaffingNote[] | undefined }) {
  const ofSeries = why.occurrence === undefined ? '' : ` (stay ${why.occurrence + 1} of the series)`;
  const caps = (why.staffing ?? []).map(
    (n) =>
      `ward ${n.wardId} is staffed for ${n.beds} ${n.beds === 1 ? 'bed' : 'beds'} from ${n.start} to ${n.end}`,
  );
  return caps.length === 0 ? ofSeries : `${ofSeries} (${caps.join('; ')})`;
}

function closingText(cause: Closing): string {
  switch (cause.code) {
    case 'cancelled':
      return 'avlyst';
    case 'noShow':
      return `ikke møtt ${cause.date}`;
    case 'leftEarly':
      return `reiste hjem ${cause.date}`;
    case 'arrived':
      return `ankom ${cause.date}`;
    case 'nightsWithoutBed':
      return `${cause.nights} netter fant ingen seng`;
  }
}

/**
 * The reason in words, as the plan's `reason` holds it: English for what the search could not place, the
 * bokmål the planner's events have always been written in for stays an event closed.
 */
export function reasonSentence(why: UnplacedWhy): string {
  switch (why.code) {
    case 'noFreeBed': {
      const { from, to } = why.window;
      const window = from === to ? `on ${from}` : `with a start between ${from} and ${to}`;
      return `no bed tagged [${why.tags.join(', ')}] free for ${why.nights} nights ${window}${notesText(why)}`;
    }
    case 'noBedWithTags':
      return `no bed has the tags [${why.tags.join(', ')}]${notesText(why)}`;
    case 'pinnedNotFree': {
      const where = why.bedId !== undefined ? `bed ${why.bedId}` : `any bed tagged [${why.tags.join(', ')}]`;
      const when = why.start !== undefined ? `from ${why.start}` : 'in the window';
      return `pinned: ${where} is not free for ${why.nights} nights ${when}${notesText(why)}`;
    }
    case 'laterFirstStart':
      return 'the series was planned from a later first start';
    case 'startPassed':
      return 'startvinduet er passert';
    case 'cancelled':
    case 'noShow':
    case 'leftEarly':
      return closingText(why);
    case 'ended':
      return why.cause.code === 'arrived'
        ? `avsluttet: ${closingText(why.cause)}, nettene fra da er et fast opphold`
        : `avsluttet: ${closingText(why.cause)}, nettene til da er et fast opphold`;
    case 'removedByHand':
      return 'tatt ut av planen manuelt';
  }
}

/** An unplaced entry's reason: the sentence, and the code it was written from (plans before codes lack it). */
export interface Reason {
  reason: string;
  why?: UnplacedWhy | undefined;
}

/** The reason of an unplaced entry without its reference. */
export function reasonOf(entry: Reason): Reason {
  return entry.why === undefined ? { reason: entry.reason } : { reason: entry.reason, why: entry.why };
}

/** An unplaced entry's reason: the sentence and the code it was written from. */
export function unplacedReason(why: UnplacedWhy): Reason & { why: UnplacedWhy } {
  return { reason: reasonSentence(why), why };
}
