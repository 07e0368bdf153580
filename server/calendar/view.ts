/**
 * What the bed calendar shows for one plan version: the beds of a centre, a ward or all of them as
 * resources, the stays on them (plan placements and fixed stays), closures and out-of-service periods as
 * background, and the waiting list (what the plan leaves unplaced). Pure: the route reads, this builds.
 */
import type { CalendarQuery, CalendarStay, CalendarView, WaitingEntry } from '../../api/calendar.ts';
import type { PlanStatus } from '../../api/plans.ts';
import { scheduleSeries } from '../../solver/checker/series.ts';
import { DayIndex } from '../../solver/dates.ts';
import {
  isSeriesStay,
  type Instance,
  type Plan,
  type Request,
  type Series,
  type Stay,
} from '../../solver/formats.ts';
import { defaultWeights, SERIES_PRIORITY } from '../../solver/objective/weights.ts';

export interface CalendarInput {
  planId: number;
  instanceId: string;
  revision: number;
  status: PlanStatus;
  instance: Instance;
  plan: Plan;
  scope: CalendarQuery;
  /** Names by person id, for roles allowed to see them; null shows pseudonymous ids only. */
  names: ReadonlyMap<string, string> | null;
  /** Today in Norway (waiting days count to it). */
  today: string;
}

/** The label of a person: their name when known and allowed, else their pseudonymous id. */
const labeller =
  (names: ReadonlyMap<string, string> | null) =>
  (personId: string): string =>
    names?.get(personId) ?? personId;

/** "R1 · B2" from C1-W1-R1-B2 inside C1-W1-R1 (the ids as they are when they do not nest). */
function bedTitle(roomId: string, bedId: string): string {
  const room = roomId.slice(roomId.lastIndexOf('-') + 1);
  return bedId.startsWith(`${roomId}-`) ? `${room} · ${bedId.slice(roomId.length + 1)}` : bedId;
}

function resourcesOf(instance: Instance, scope: CalendarQuery): CalendarView['resources'] | null {
  if (scope.centreId !== undefined && !instance.centres.some((c) => c.id === scope.centreId)) return null;
  const wards = instance.centres.flatMap((c) => c.wards.map((w) => ({ centre: c, ward: w })));
  if (scope.wardId !== undefined) {
    const found = wards.find(({ ward }) => ward.id === scope.wardId);
    if (!found || (scope.centreId !== undefined && found.centre.id !== scope.centreId)) return null;
  }
  return wards
    .filter(
      ({ centre, ward }) =>
        (scope.centreId ?? centre.id) === centre.id && (scope.wardId ?? ward.id) === ward.id,
    )
    .flatMap(({ centre, ward }) =>
      ward.rooms.flatMap((room) =>
        room.beds.map((bed) => ({
          id: bed.id,
          centreId: centre.id,
          centreName: centre.name,
          wardId: ward.id,
          wardName: ward.name,
          roomId: room.id,
          tags: [...new Set([...ward.tags, ...bed.tags])],
          title: bedTitle(room.id, bed.id),
        })),
      ),
    );
}

function backgroundOf(instance: Instance, beds: ReadonlySet<string>): CalendarView['background'] {
  const background: CalendarView['background'] = [];
  for (const ward of instance.centres.flatMap((c) => c.wards)) {
    const wardBeds = ward.rooms.flatMap((r) => r.beds).filter((b) => beds.has(b.id));
    if (wardBeds.length === 0) continue;
    for (const c of ward.closures)
      background.push({ wardId: ward.id, start: c.start, end: c.end, reason: 'closure' });
    for (const bed of wardBeds)
      for (const o of bed.outOfService)
        background.push({ bedId: bed.id, start: o.start, end: o.end, reason: 'outOfService' });
  }
  return background;
}

function staffingOf(instance: Instance, beds: ReadonlySet<string>): CalendarView['staffing'] {
  return instance.centres
    .flatMap((c) => c.wards)
    .filter((ward) => ward.rooms.some((r) => r.beds.some((b) => beds.has(b.id))))
    .flatMap((ward) =>
      (ward.capacity ?? []).map(({ start, end, beds }) => ({ wardId: ward.id, start, end, beds })),
    );
}

function pinnedOccurrences(instance: Instance): Set<string> {
  return new Set(instance.series.flatMap((s) => s.pins.map((p) => `${s.id}#${p.occurrence}`)));
}

function staysOf(
  input: CalendarInput,
  beds: ReadonlySet<string>,
  label: (personId: string) => string,
): CalendarStay[] {
  const { instance, plan } = input;
  const requests = new Map(instance.requests.map((r) => [r.id, r]));
  const series = new Map(instance.series.map((s) => [s.id, s]));
  const pinned = pinnedOccurrences(instance);
  const segments = new Map<string, number>();
  const stays: CalendarStay[] = [];
  for (const stay of plan.stays) {
    if (!beds.has(stay.bedId)) continue;
    const entry = planStayEntry(stay, requests, series, pinned, label);
    if (!entry) continue;
    const index = segments.get(entry.key) ?? 0;
    segments.set(entry.key, index + 1);
    stays.push({ ...entry, key: `${entry.key}:${index}` });
  }
  for (const f of instance.fixed) {
    if (!beds.has(f.bedId)) continue;
    stays.push({
      key: `fixed:${f.id}`,
      ref: { fixedStayId: f.id },
      bedId: f.bedId,
      start: f.start,
      end: f.end,
      kind: 'fixed',
      label: label(f.personId),
      pinned: false,
      fixed: true,
    });
  }
  return stays;
}

/** One plan stay as the calendar shows it; `key` names the stay (the caller numbers its segments). */
function planStayEntry(
  stay: Stay,
  requests: ReadonlyMap<string, Request>,
  series: ReadonlyMap<string, Series>,
  pinnedOccurrence: ReadonlySet<string>,
  label: (personId: string) => string,
): CalendarStay | undefined {
  const span = { bedId: stay.bedId, start: stay.start, end: stay.end, fixed: false };
  if (isSeriesStay(stay)) {
    const s = series.get(stay.seriesId);
    if (!s) return undefined;
    const name = `${stay.seriesId}#${stay.occurrence}`;
    return {
      key: `series:${name}`,
      ref: { seriesId: stay.seriesId, occurrence: stay.occurrence },
      ...span,
      kind: s.kind,
      label: label(s.personId),
      pinned: pinnedOccurrence.has(name),
    };
  }
  const r = requests.get(stay.requestId);
  if (!r) return undefined;
  return {
    key: `request:${r.id}`,
    ref: { requestId: r.id },
    ...span,
    kind: r.kind,
    label: label(r.personId),
    pinned: r.pin !== undefined,
    priority: r.priority,
    hospital: r.source === 'hospital',
  };
}

/** The one stay of `ref` (its first segment) as the calendar shows it: what an override answers with. */
export function calendarStayOf(
  instance: Instance,
  stays: Stay[],
  names: ReadonlyMap<string, string> | null,
): CalendarStay | undefined {
  const [first] = [...stays].sort((a, b) => a.start.localeCompare(b.start));
  if (!first) return undefined;
  const entry = planStayEntry(
    first,
    new Map(instance.requests.map((r) => [r.id, r])),
    new Map(instance.series.map((s) => [s.id, s])),
    pinnedOccurrences(instance),
    labeller(names),
  );
  return entry && { ...entry, key: `${entry.key}:0` };
}

/** Could some bed of the view take a stay that needs `tags`? */
const fitsSomewhere = (resources: CalendarView['resources'], tags: string[]) =>
  resources.some((bed) => tags.every((t) => bed.tags.includes(t)));

function waitingOf(
  input: CalendarInput,
  resources: CalendarView['resources'],
  label: (personId: string) => string,
): WaitingEntry[] {
  const { instance, plan, today } = input;
  const requests = new Map(instance.requests.map((r) => [r.id, r]));
  const series = new Map(instance.series.map((s) => [s.id, s]));
  const day = new DayIndex(instance.horizon.start);
  const schedules = new Map<string, ReturnType<typeof scheduleSeries>>();
  const scheduleOf = (s: Series) => {
    let schedule = schedules.get(s.id);
    if (!schedule) {
      const placed = new Map<number, number>();
      for (const stay of plan.stays)
        if (isSeriesStay(stay) && stay.seriesId === s.id) {
          const start = day.of(stay.start);
          placed.set(stay.occurrence, Math.min(start, placed.get(stay.occurrence) ?? start));
        }
      schedule = scheduleSeries(s, day, placed);
      schedules.set(s.id, schedule);
    }
    return schedule;
  };
  // DayIndex caches each date's index: the waiting list repeats a few hundred dates many times.
  const waitingDays = (earliestStart: string) => Math.max(0, day.of(today) - day.of(earliestStart));

  const waiting: WaitingEntry[] = [];
  for (const entry of plan.unplaced) {
    if ('requestId' in entry) {
      const r = requests.get(entry.requestId);
      if (!r || !fitsSomewhere(resources, r.requiredTags)) continue;
      const fromHospital = r.source === 'hospital';
      waiting.push({
        ref: { requestId: r.id },
        kind: r.kind,
        nights: r.nights,
        priority: r.priority,
        earliestStart: r.earliestStart,
        latestStart: r.latestStart,
        fromHospital,
        waitingDays: waitingDays(r.earliestStart),
        dailyCost: fromHospital ? defaultWeights.hospitalWaitDay : 0,
        requiredTags: r.requiredTags,
        label: label(r.personId),
        reason: entry.reason,
        why: entry.why,
      });
      continue;
    }
    const s = series.get(entry.seriesId);
    if (!s || !fitsSomewhere(resources, s.requiredTags)) continue;
    const schedule = scheduleOf(s);
    const occurrence = schedule.occurrences[entry.occurrence];
    if (!occurrence) continue;
    const [earliest, latest] =
      entry.occurrence === 0
        ? [schedule.firstStart.earliest, schedule.firstStart.latest]
        : [occurrence.patternStart - s.flexDays, occurrence.patternStart + s.flexDays];
    const earliestStart = day.date(earliest);
    waiting.push({
      ref: { seriesId: s.id, occurrence: entry.occurrence },
      kind: s.kind,
      nights: occurrence.nights,
      priority: SERIES_PRIORITY,
      earliestStart,
      latestStart: day.date(latest),
      fromHospital: false,
      waitingDays: waitingDays(earliestStart),
      dailyCost: 0,
      requiredTags: s.requiredTags,
      label: label(s.personId),
      reason: entry.reason,
      why: entry.why,
    });
  }
  const refText = (w: WaitingEntry) =>
    'requestId' in w.ref ? w.ref.requestId : `${w.ref.seriesId}#${w.ref.occurrence}`;
  return waiting.sort(
    (a, b) =>
      a.priority - b.priority ||
      b.waitingDays - a.waitingDays ||
      a.earliestStart.localeCompare(b.earliestStart) ||
      refText(a).localeCompare(refText(b)),
  );
}

/**
 * The calendar of a plan version for a centre, a ward or everything (no scope). Null when the scope names a
 * centre or ward the instance does not have (or a ward outside the named centre). The waiting list holds
 * what the plan leaves unplaced and some bed in view could take (its required tags), sorted by priority,
 * then the longest wait.
 */
export function buildCalendarView(input: CalendarInput): CalendarView | null {
  const resources = resourcesOf(input.instance, input.scope);
  if (!resources) return null;
  const beds = new Set(resources.map((r) => r.id));
  const label = labeller(input.names);
  return {
    planId: input.planId,
    instanceId: input.instanceId,
    revision: input.revision,
    status: input.status,
    horizon: input.instance.horizon,
    resources,
    stays: staysOf(input, beds, label),
    background: backgroundOf(input.instance, beds),
    staffing: staffingOf(input.instance, beds),
    waiting: waitingOf(input, resources, label),
  };
}
