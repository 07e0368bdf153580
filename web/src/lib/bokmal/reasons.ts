import type { StaffingNote, UnplacedWhy } from '../../../../solver/formats.ts';
import { formatDay } from '../nights.ts';

type Why<C extends UnplacedWhy['code']> = Extract<UnplacedWhy, { code: C }>;
type Cause = Why<'ended'>['cause'];

const day = (iso: string) => formatDay(iso, true);
const nights = (n: number) => (n === 1 ? '1 natt' : `${n} netter`);
const beds = (n: number) => (n === 1 ? '1 seng' : `${n} senger`);
const tagList = (tags: readonly string[]) => (tags.length === 0 ? 'uten krav' : `merket ${tags.join(', ')}`);

/** The notes after the sentence: which stay of a series, and the staffing caps that stood in the way. */
function notes(why: {
  occurrence?: number | undefined;
  staffing?: readonly StaffingNote[] | undefined;
}): string {
  const ofSeries = why.occurrence === undefined ? '' : ` (opphold ${why.occurrence + 1} i serien)`;
  const caps = (why.staffing ?? []).map(
    (n) => `avdeling ${n.wardId} er bemannet for ${beds(n.beds)} fra ${day(n.start)} til ${day(n.end)}`,
  );
  return caps.length === 0 ? ofSeries : `${ofSeries} (${caps.join('; ')})`;
}

const causes: { [C in Cause['code']]: (cause: Extract<Cause, { code: C }>) => string } = {
  cancelled: () => 'avlyst',
  noShow: (c) => `ikke møtt ${day(c.date)}`,
  leftEarly: (c) => `reiste hjem ${day(c.date)}`,
  arrived: (c) => `ankom ${day(c.date)}`,
  nightsWithoutBed: (c) => `${nights(c.nights)} fant ingen seng`,
};

const causeText = (cause: Cause) => (causes[cause.code] as (c: Cause) => string)(cause);

/** Each reason code in bokmål, with its parameters. */
const reasons: { [C in UnplacedWhy['code']]: (why: Why<C>) => string } = {
  noFreeBed: (w) => {
    const { from, to } = w.window;
    const when = from === to ? `fra ${day(from)}` : `med start mellom ${day(from)} og ${day(to)}`;
    return `ingen seng ${tagList(w.tags)} ledig i ${nights(w.nights)} ${when}${notes(w)}`;
  },
  noBedWithTags: (w) => `ingen seng har merkene ${w.tags.join(', ')}${notes(w)}`,
  pinnedNotFree: (w) => {
    const when = w.start === undefined ? 'i tidsvinduet' : `fra ${day(w.start)}`;
    const what =
      w.bedId === undefined ? `ingen seng ${tagList(w.tags)} er ledig` : `seng ${w.bedId} er ikke ledig`;
    return `låst: ${what} i ${nights(w.nights)} ${when}${notes(w)}`;
  },
  laterFirstStart: () => 'serien ble planlagt fra en senere første start',
  startPassed: () => 'startvinduet er passert',
  cancelled: causeText,
  noShow: causeText,
  leftEarly: causeText,
  ended: (w) =>
    `avsluttet: ${causeText(w.cause)}, nettene ${w.cause.code === 'arrived' ? 'fra' : 'til'} da er et fast opphold`,
  removedByHand: () => 'tatt ut av planen manuelt',
};

/**
 * Why a stay waits, in bokmål: from its code and parameters; a plan written before reasons had codes
 * shows the solver's sentence as it is.
 */
export function reasonText(reason: string, why?: UnplacedWhy | null): string {
  if (!why) return reason;
  return (reasons[why.code] as (w: UnplacedWhy) => string)(why);
}
