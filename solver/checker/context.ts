/**
 * Everything the rules and figures look at, indexed once: beds with their room, ward, centre, tags and blocked
 * nights; the plan's stays grouped by what they place; the fixed stays; the series schedules. Dates become night
 * indices counted from horizon.start (negative before it), so the rules work on integers.
 */
import type { Instance, Person, Plan, Request, Series } from '../formats.ts';
import { isSeriesStay } from '../formats.ts';
import { DayIndex } from '../dates.ts';
import { scheduleSeries, type SeriesSchedule } from './series.ts';

/** Nights [start, end) as night indices. */
export interface Span {
  start: number;
  end: number;
}

export interface BlockedPeriod extends Span {
  kind: 'closure' | 'outOfService';
  wardId: string;
  startDate: string;
  endDate: string;
}

export interface BedInfo {
  id: string;
  roomId: string;
  wardId: string;
  centreId: string;
  /** The ward's tags plus the bed's own. */
  tags: Set<string>;
  /** Ward closures and the bed's out-of-service periods. */
  blocked: BlockedPeriod[];
}

/** One entry of plan.stays. */
export interface Segment extends Span {
  stayIndex: number;
  bedId: string;
  bed: BedInfo | undefined;
  startDate: string;
  endDate: string;
}

/** What a plan stay or unplaced entry refers to: a request, or an occurrence of a series. */
export type Ref =
  { kind: 'request'; requestId: string } | { kind: 'occurrence'; seriesId: string; occurrence: number };

/** All segments of the plan that place one request or one occurrence, sorted by start. */
export interface Unit {
  key: string;
  label: string;
  ref: Ref;
  request: Request | undefined;
  series: Series | undefined;
  personId: string | undefined;
  segments: Segment[];
}

export interface UnplacedInfo {
  key: string;
  label: string;
  ref: Ref;
}

export interface FixedInfo extends Span {
  id: string;
  personId: string;
  bedId: string;
  bed: BedInfo | undefined;
  startDate: string;
  endDate: string;
}

/** Someone in a bed for a run of nights: a plan segment or a fixed stay. */
export interface Occupant extends Span {
  /** The unit key, or `fixed:<id>`: segments of one stay share it. */
  owner: string;
  /** What a violation names: the request id, `S1#2`, or the fixed stay id. */
  label: string;
  fromPlan: boolean;
  personId: string | undefined;
  bedId: string;
  bed: BedInfo | undefined;
  startDate: string;
  endDate: string;
}

export interface CheckContext {
  instance: Instance;
  plan: Plan;
  day: DayIndex;
  horizon: Span;
  turnoverDays: number;
  beds: Map<string, BedInfo>;
  people: Map<string, Person>;
  requests: Map<string, Request>;
  series: Map<string, Series>;
  /** Keyed by refKey, in order of first appearance in plan.stays. */
  units: Map<string, Unit>;
  unplaced: UnplacedInfo[];
  fixed: FixedInfo[];
  /** Per known series id. */
  schedules: Map<string, SeriesSchedule>;
  /** Plan segments with end after start, and fixed stays. */
  occupants: Occupant[];
}

export function refKey(ref: Ref): string {
  return ref.kind === 'request' ? `R:${ref.requestId}` : `S:${ref.seriesId}#${ref.occurrence}`;
}

export function refLabel(ref: Ref): string {
  return ref.kind === 'request' ? ref.requestId : occurrenceLabel(ref.seriesId, ref.occurrence);
}

export function occurrenceLabel(seriesId: string, occurrence: number): string {
  return `${seriesId}#${occurrence}`;
}

export function occurrenceKey(seriesId: string, occurrence: number): string {
  return refKey({ kind: 'occurrence', seriesId, occurrence });
}

export function requestKey(requestId: string): string {
  return refKey({ kind: 'request', requestId });
}

function indexBeds(instance: Instance, day: DayIndex): Map<string, BedInfo> {
  const beds = new Map<string, BedInfo>();
  for (const centre of instance.centres) {
    for (const ward of centre.wards) {
      const closures = ward.closures.map((c): BlockedPeriod => ({
        kind: 'closure',
        wardId: ward.id,
        start: day.of(c.start),
        end: day.of(c.end),
        startDate: c.start,
        endDate: c.end,
      }));
      for (const room of ward.rooms) {
        for (const bed of room.beds) {
          const outOfService = bed.outOfService.map((o): BlockedPeriod => ({
            kind: 'outOfService',
            wardId: ward.id,
            start: day.of(o.start),
            end: day.of(o.end),
            startDate: o.start,
            endDate: o.end,
          }));
          beds.set(bed.id, {
            id: bed.id,
            roomId: room.id,
            wardId: ward.id,
            centreId: centre.id,
            tags: new Set([...ward.tags, ...bed.tags]),
            blocked: [...closures, ...outOfService],
          });
        }
      }
    }
  }
  return beds;
}

function groupStays(
  plan: Plan,
  day: DayIndex,
  beds: Map<string, BedInfo>,
  requests: Map<string, Request>,
  series: Map<string, Series>,
): Map<string, Unit> {
  const units = new Map<string, Unit>();
  plan.stays.forEach((stay, stayIndex) => {
    const ref: Ref = isSeriesStay(stay)
      ? { kind: 'occurrence', seriesId: stay.seriesId, occurrence: stay.occurrence }
      : { kind: 'request', requestId: stay.requestId };
    const key = refKey(ref);
    let unit = units.get(key);
    if (unit === undefined) {
      const request = ref.kind === 'request' ? requests.get(ref.requestId) : undefined;
      const s = ref.kind === 'occurrence' ? series.get(ref.seriesId) : undefined;
      unit = {
        key,
        label: refLabel(ref),
        ref,
        request,
        series: s,
        personId: request?.personId ?? s?.personId,
        segments: [],
      };
      units.set(key, unit);
    }
    unit.segments.push({
      stayIndex,
      bedId: stay.bedId,
      bed: beds.get(stay.bedId),
      start: day.of(stay.start),
      end: day.of(stay.end),
      startDate: stay.start,
      endDate: stay.end,
    });
  });
  for (const unit of units.values()) {
    unit.segments.sort((a, b) => a.start - b.start || a.end - b.end || a.stayIndex - b.stayIndex);
  }
  return units;
}

function scheduleAll(
  seriesById: Map<string, Series>,
  units: Map<string, Unit>,
  day: DayIndex,
): Map<string, SeriesSchedule> {
  const placedStarts = new Map<string, Map<number, number>>();
  for (const unit of units.values()) {
    const first = unit.segments[0];
    if (unit.ref.kind !== 'occurrence' || first === undefined) continue;
    let starts = placedStarts.get(unit.ref.seriesId);
    if (starts === undefined) placedStarts.set(unit.ref.seriesId, (starts = new Map()));
    starts.set(unit.ref.occurrence, first.start);
  }
  const schedules = new Map<string, SeriesSchedule>();
  for (const s of seriesById.values()) {
    schedules.set(s.id, scheduleSeries(s, day, placedStarts.get(s.id) ?? new Map()));
  }
  return schedules;
}

function listOccupants(units: Map<string, Unit>, fixed: FixedInfo[]): Occupant[] {
  const occupants: Occupant[] = [];
  for (const unit of units.values()) {
    for (const seg of unit.segments) {
      if (seg.end <= seg.start) continue;
      occupants.push({ ...seg, owner: unit.key, label: unit.label, fromPlan: true, personId: unit.personId });
    }
  }
  for (const f of fixed) {
    occupants.push({ ...f, owner: `fixed:${f.id}`, label: f.id, fromPlan: false });
  }
  return occupants;
}

export function buildContext(instance: Instance, plan: Plan): CheckContext {
  const day = new DayIndex(instance.horizon.start);
  const beds = indexBeds(instance, day);
  const requests = new Map(instance.requests.map((r) => [r.id, r]));
  const series = new Map(instance.series.map((s) => [s.id, s]));
  const units = groupStays(plan, day, beds, requests, series);
  const unplaced = plan.unplaced.map((u): UnplacedInfo => {
    const ref: Ref =
      'requestId' in u
        ? { kind: 'request', requestId: u.requestId }
        : { kind: 'occurrence', seriesId: u.seriesId, occurrence: u.occurrence };
    return { key: refKey(ref), label: refLabel(ref), ref };
  });
  const fixed = instance.fixed.map((f): FixedInfo => ({
    id: f.id,
    personId: f.personId,
    bedId: f.bedId,
    bed: beds.get(f.bedId),
    start: day.of(f.start),
    end: day.of(f.end),
    startDate: f.start,
    endDate: f.end,
  }));
  return {
    instance,
    plan,
    day,
    horizon: { start: 0, end: day.of(instance.horizon.end) },
    turnoverDays: instance.turnoverDays,
    beds,
    people: new Map(instance.people.map((p) => [p.id, p])),
    requests,
    series,
    units,
    unplaced,
    fixed,
    schedules: scheduleAll(series, units, day),
    occupants: listOccupants(units, fixed),
  };
}
