/**
 * The interchange formats, version 1 (shared/formats.md): the one place the instance, the plan and the
 * events are defined. Solver, server, web, fixtures and tests all take their types from here.
 * Unknown fields are stripped on input; fields may be added here, never dropped or renamed.
 */
import { z } from 'zod';
import { daysBetween, isIsoDate } from './dates.ts';

/**
 * Domain bounds: generous for any municipality's plan, and small enough that no file or request can make a
 * solver, checker or server loop or allocate without limit.
 */
export const FIRST_DATE = '2000-01-01';
export const LAST_DATE = '2100-12-31';
/** Nights of one stay or phase (the CSV import has the same cap). */
export const MAX_NIGHTS = 1000;
/** Nights of a horizon, and of the window a stay may start in: three years. */
export const MAX_SPAN_NIGHTS = 1100;
/** Occurrences of a rotation series (one a night for the whole date range stays below it). */
export const MAX_OCCURRENCE = 40_000;
export const MAX_TURNOVER_DAYS = 30;
export const MAX_FLEX_DAYS = 366;
export const MAX_WARD_BEDS = 100_000;

export const isoDate = z.string().superRefine((value, ctx) => {
  if (!isIsoDate(value)) ctx.addIssue({ code: 'custom', message: 'must be a calendar date YYYY-MM-DD' });
  else if (value < FIRST_DATE || value > LAST_DATE)
    ctx.addIssue({ code: 'custom', message: `must be a date from ${FIRST_DATE} to ${LAST_DATE}` });
});

export const id = z.string().min(1);

/** True unless both are valid dates and `later` comes before `earlier` (a bad date is reported on its own). */
const inOrder = (earlier: string, later: string, strictly = false) =>
  !isIsoDate(earlier) || !isIsoDate(later) || (strictly ? earlier < later : earlier <= later);

/** True unless both are valid dates more than MAX_SPAN_NIGHTS apart. */
const withinSpan = (earlier: string, later: string) =>
  !isIsoDate(earlier) || !isIsoDate(later) || daysBetween(earlier, later) <= MAX_SPAN_NIGHTS;
const spanMessage = `must be at most ${MAX_SPAN_NIGHTS} nights after`;

export const dateRange = z
  .object({ start: isoDate, end: isoDate })
  .refine((r) => inOrder(r.start, r.end, true), { message: 'end must be after start', path: ['end'] });

export const bed = z.object({
  id,
  tags: z.array(z.string()).default([]),
  outOfService: z.array(dateRange).default([]),
});

export const room = z.object({ id, beds: z.array(bed) });

/** At most `beds` of the ward's beds are occupied on each night of [start, end) (staffing, e.g. summer). */
export const wardCapacity = z
  .object({ start: isoDate, end: isoDate, beds: z.number().int().min(0).max(MAX_WARD_BEDS) })
  .refine((r) => inOrder(r.start, r.end, true), { message: 'end must be after start', path: ['end'] });

export const ward = z.object({
  id,
  name: z.string().default(''),
  tags: z.array(z.string()).default([]),
  closures: z.array(dateRange).default([]),
  // Optional rather than default [] so that files written before it parse to exactly what they say.
  capacity: z.array(wardCapacity).optional(),
  rooms: z.array(room),
});

export const centre = z.object({ id, name: z.string().default(''), wards: z.array(ward) });

export const person = z.object({
  id,
  sex: z.enum(['F', 'M']),
  partnerId: id.nullable().default(null),
});

export const requestKinds = ['korttid', 'rehab', 'avlastning', 'ohd', 'trygghet', 'vurdering'] as const;

export const pin = z.object({ bedId: id.optional(), start: isoDate.optional() });

export const request = z
  .object({
    id,
    personId: id,
    kind: z.enum(requestKinds),
    earliestStart: isoDate,
    latestStart: isoDate,
    nights: z.number().int().min(1).max(MAX_NIGHTS),
    priority: z.number().int().min(1).max(5),
    source: z.enum(['hospital', 'home']),
    requiredTags: z.array(z.string()).default([]),
    preferredCentres: z.array(id).default([]),
    pin: pin.optional(),
  })
  .refine((r) => inOrder(r.earliestStart, r.latestStart), {
    message: 'latestStart must not be before earliestStart',
    path: ['latestStart'],
  })
  .refine((r) => withinSpan(r.earliestStart, r.latestStart), {
    message: `latestStart ${spanMessage} earliestStart`,
    path: ['latestStart'],
  });

export const phase = z.object({
  inNights: z.number().int().min(1).max(MAX_NIGHTS),
  homeNights: z.number().int().min(0).max(MAX_NIGHTS),
  count: z.number().int().min(1).max(MAX_OCCURRENCE).optional(),
});

const occurrence = z.number().int().min(0).max(MAX_OCCURRENCE);

export const seriesPin = pin.extend({ occurrence });

export const series = z
  .object({
    id,
    personId: id,
    kind: z.string().default('rullering'),
    phases: z.array(phase).min(1).max(100),
    firstStart: z.object({ earliest: isoDate, latest: isoDate }),
    until: isoDate,
    flexDays: z.number().int().min(0).max(MAX_FLEX_DAYS).default(0),
    requiredTags: z.array(z.string()).default([]),
    preferredCentres: z.array(id).default([]),
    pins: z.array(seriesPin).default([]),
  })
  .refine((s) => inOrder(s.firstStart.earliest, s.firstStart.latest), {
    message: 'firstStart.latest must not be before firstStart.earliest',
    path: ['firstStart', 'latest'],
  })
  .refine((s) => withinSpan(s.firstStart.earliest, s.firstStart.latest), {
    message: `firstStart.latest ${spanMessage} firstStart.earliest`,
    path: ['firstStart', 'latest'],
  });

export const fixedStay = z
  .object({ id, personId: id, bedId: id, start: isoDate, end: isoDate })
  .refine((f) => inOrder(f.start, f.end, true), { message: 'end must be after start', path: ['end'] });

const instanceShape = z.object({
  version: z.literal(1),
  horizon: dateRange.refine((h) => withinSpan(h.start, h.end), {
    message: `end ${spanMessage} start`,
    path: ['end'],
  }),
  turnoverDays: z.number().int().min(0).max(MAX_TURNOVER_DAYS).default(0),
  centres: z.array(centre),
  people: z.array(person),
  requests: z.array(request).default([]),
  series: z.array(series).default([]),
  fixed: z.array(fixedStay).default([]),
});

type InstanceShape = z.infer<typeof instanceShape>;

/** Cross-references an instance must keep: unique ids, known people and beds, matching partners. */
function checkReferences(inst: InstanceShape, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: 'custom', path, message });
  const seen = new Map<string, string>();
  const unique = (kind: string, value: string, path: (string | number)[]) => {
    const key = `${kind}:${value}`;
    if (seen.has(key)) issue(path, `duplicate ${kind} id ${value} (also at ${seen.get(key)})`);
    else seen.set(key, path.join('.'));
  };
  const bedIds = new Set<string>();
  const centreIds = new Set<string>();
  inst.centres.forEach((c, ci) => {
    unique('centre', c.id, ['centres', ci, 'id']);
    centreIds.add(c.id);
    c.wards.forEach((w, wi) => {
      unique('ward', w.id, ['centres', ci, 'wards', wi, 'id']);
      const wardBeds = w.rooms.reduce((n, r) => n + r.beds.length, 0);
      w.capacity?.forEach((cap, pi) => {
        if (cap.beds >= wardBeds)
          issue(
            ['centres', ci, 'wards', wi, 'capacity', pi, 'beds'],
            `beds must be below the ward's ${wardBeds} beds`,
          );
      });
      w.rooms.forEach((r, ri) => {
        unique('room', r.id, ['centres', ci, 'wards', wi, 'rooms', ri, 'id']);
        r.beds.forEach((b, bi) => {
          unique('bed', b.id, ['centres', ci, 'wards', wi, 'rooms', ri, 'beds', bi, 'id']);
          bedIds.add(b.id);
        });
      });
    });
  });
  const people = new Map(inst.people.map((p) => [p.id, p]));
  inst.people.forEach((p, i) => {
    unique('person', p.id, ['people', i, 'id']);
    if (p.partnerId !== null) {
      const partner = people.get(p.partnerId);
      if (!partner) issue(['people', i, 'partnerId'], `unknown person ${p.partnerId}`);
      else if (partner.partnerId !== p.id)
        issue(['people', i, 'partnerId'], `${p.partnerId} does not name ${p.id} as partner`);
    }
  });
  const knownPerson = (personId: string, path: (string | number)[]) => {
    if (!people.has(personId)) issue(path, `unknown person ${personId}`);
  };
  const knownBed = (bedId: string | undefined, path: (string | number)[]) => {
    if (bedId !== undefined && !bedIds.has(bedId)) issue(path, `unknown bed ${bedId}`);
  };
  const knownCentres = (ids: string[], path: (string | number)[]) =>
    ids.forEach((c, i) => {
      if (!centreIds.has(c)) issue([...path, i], `unknown centre ${c}`);
    });
  inst.requests.forEach((r, i) => {
    unique('request', r.id, ['requests', i, 'id']);
    knownPerson(r.personId, ['requests', i, 'personId']);
    knownBed(r.pin?.bedId, ['requests', i, 'pin', 'bedId']);
    knownCentres(r.preferredCentres, ['requests', i, 'preferredCentres']);
  });
  inst.series.forEach((s, i) => {
    unique('series', s.id, ['series', i, 'id']);
    knownPerson(s.personId, ['series', i, 'personId']);
    s.pins.forEach((p, pi) => knownBed(p.bedId, ['series', i, 'pins', pi, 'bedId']));
    knownCentres(s.preferredCentres, ['series', i, 'preferredCentres']);
  });
  inst.fixed.forEach((f, i) => {
    unique('fixed', f.id, ['fixed', i, 'id']);
    knownPerson(f.personId, ['fixed', i, 'personId']);
    knownBed(f.bedId, ['fixed', i, 'bedId']);
  });
}

export const instance = instanceShape.superRefine(checkReferences);

const staySpan = { bedId: id, start: isoDate, end: isoDate };

export const requestStay = z.object({ requestId: id, ...staySpan });
export const seriesStay = z.object({ seriesId: id, occurrence, ...staySpan });
export const stay = z
  .union([requestStay, seriesStay])
  .refine((s) => inOrder(s.start, s.end, true), { message: 'end must be after start', path: ['end'] });

export const requestRef = z.object({ requestId: id });
export const occurrenceRef = z.object({ seriesId: id, occurrence });

/** A ward staffed for fewer beds than it has over [start, end), named where it stood in the way. */
export const staffingNote = z.object({
  wardId: id,
  beds: z.number().int().min(0),
  start: isoDate,
  end: isoDate,
});

/** What a reason about a place adds: which stay of a series it is, and the staffing caps of its beds' wards. */
const placeNotes = {
  occurrence: z.number().int().min(0).optional(),
  staffing: z.array(staffingNote).optional(),
};
const nights = z.number().int().min(1);
const cancelled = z.object({ code: z.literal('cancelled') });
const noShow = z.object({ code: z.literal('noShow'), date: isoDate });
const leftEarly = z.object({ code: z.literal('leftEarly'), date: isoDate });

/**
 * Why a stay is unplaced, as a code with its parameters (the `reason` beside it is the same in words):
 * noFreeBed: no compatible bed free for its nights with a start in the window (`bedsTried` compatible beds);
 * noBedWithTags: no bed has the tags; pinnedNotFree: the pinned bed (or, pinned to a start, every bed with
 * the tags) is taken; laterFirstStart: the series was planned from a later first start, so this stay no
 * longer exists; startPassed: the start window lies before today; cancelled, noShow, leftEarly: an event
 * closed it; ended: a rotation stay closed part-way, its nights until then a fixed stay (`cause`: the event,
 * the arrival or the nights that found no bed); removedByHand: a planner took it out of the plan.
 */
export const unplacedWhy = z.discriminatedUnion('code', [
  z.object({
    code: z.literal('noFreeBed'),
    kind: z.string(),
    tags: z.array(z.string()),
    nights,
    window: z.object({ from: isoDate, to: isoDate }),
    bedsTried: z.number().int().min(1),
    ...placeNotes,
  }),
  z.object({
    code: z.literal('noBedWithTags'),
    kind: z.string(),
    tags: z.array(z.string()),
    occurrence: placeNotes.occurrence,
  }),
  z.object({
    code: z.literal('pinnedNotFree'),
    tags: z.array(z.string()),
    nights,
    bedId: id.optional(),
    start: isoDate.optional(),
    ...placeNotes,
  }),
  z.object({ code: z.literal('laterFirstStart') }),
  z.object({ code: z.literal('startPassed') }),
  cancelled,
  noShow,
  leftEarly,
  z.object({
    code: z.literal('ended'),
    cause: z.discriminatedUnion('code', [
      cancelled,
      noShow,
      leftEarly,
      z.object({ code: z.literal('arrived'), date: isoDate }),
      z.object({ code: z.literal('nightsWithoutBed'), nights }),
    ]),
  }),
  z.object({ code: z.literal('removedByHand') }),
]);

/** `reason` is the readable sentence (English from the search, bokmål from events); `why` the same as data. */
const unplacedReason = { reason: z.string(), why: unplacedWhy.optional() };

export const unplacedEntry = z.union([
  requestRef.extend(unplacedReason),
  occurrenceRef.extend(unplacedReason),
]);

export const plan = z.object({
  version: z.literal(1),
  stays: z.array(stay),
  unplaced: z.array(unplacedEntry).default([]),
  metrics: z.record(z.string(), z.unknown()).default({}),
});

const cancel = z
  .object({
    type: z.literal('cancel'),
    requestId: id.optional(),
    seriesId: id.optional(),
    occurrence: occurrence.optional(),
    from: isoDate.optional(),
  })
  .refine((e) => (e.requestId === undefined) !== (e.seriesId === undefined), {
    message: 'a cancel names either requestId or seriesId (with occurrence or from)',
  })
  .refine((e) => e.seriesId === undefined || (e.occurrence === undefined) !== (e.from === undefined), {
    message: 'a series cancel names either occurrence or from',
  });

/** A stay an event names: `requestId`, or `seriesId` + `occurrence` for one stay of a rotation series. */
const stayTarget = {
  requestId: id.optional(),
  seriesId: id.optional(),
  occurrence: occurrence.optional(),
};
const namesOneStay = (e: { requestId?: string; seriesId?: string; occurrence?: number }) =>
  e.requestId !== undefined
    ? e.seriesId === undefined && e.occurrence === undefined
    : e.seriesId !== undefined && e.occurrence !== undefined;
const oneStay = { message: 'the event names either requestId or seriesId with occurrence' };

export const event = z.discriminatedUnion('type', [
  cancel,
  z.object({ type: z.literal('noShow'), ...stayTarget, date: isoDate }).refine(namesOneStay, oneStay),
  z.object({ type: z.literal('arrival'), ...stayTarget, date: isoDate }).refine(namesOneStay, oneStay),
  z.object({ type: z.literal('earlyDeparture'), ...stayTarget, date: isoDate }).refine(namesOneStay, oneStay),
  z
    .object({ type: z.literal('extend'), ...stayTarget, nights: z.number().int().min(1).max(MAX_NIGHTS) })
    .refine(namesOneStay, oneStay),
  z.object({ type: z.literal('bedOutOfService'), bedId: id, start: isoDate, end: isoDate }),
  z.object({ type: z.literal('wardClosure'), wardId: id, start: isoDate, end: isoDate }),
  // `person` adds the person when the instance does not know them yet (an urgent discharge, say).
  z.object({ type: z.literal('newRequest'), request, person: person.optional() }),
]);

export const events = z.array(event);

export type Instance = z.infer<typeof instance>;
export type Centre = z.infer<typeof centre>;
export type Ward = z.infer<typeof ward>;
export type Room = z.infer<typeof room>;
export type Bed = z.infer<typeof bed>;
export type Person = z.infer<typeof person>;
export type Request = z.infer<typeof request>;
export type RequestKind = (typeof requestKinds)[number];
export type Series = z.infer<typeof series>;
export type Phase = z.infer<typeof phase>;
export type FixedStay = z.infer<typeof fixedStay>;
export type DateRange = z.infer<typeof dateRange>;
export type WardCapacity = z.infer<typeof wardCapacity>;
export type Plan = z.infer<typeof plan>;
export type Stay = z.infer<typeof stay>;
export type RequestStay = z.infer<typeof requestStay>;
export type SeriesStay = z.infer<typeof seriesStay>;
export type Unplaced = z.infer<typeof unplacedEntry>;
export type UnplacedWhy = z.infer<typeof unplacedWhy>;
export type StaffingNote = z.infer<typeof staffingNote>;
export type Event = z.infer<typeof event>;

export function isSeriesStay(s: Stay): s is SeriesStay {
  return 'seriesId' in s;
}

/** Readable one-line-per-issue text for a failed parse, each naming the field path. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);
}
