import type { Calendar } from '../api/calendar.ts';
import { fromDayNumber, toDayNumber } from './isoDates.ts';

export interface Figures {
  availableBedNights: number;
  occupiedBedNights: number;
  idleBedNights: number;
  /** occupied / available, 0..1 */
  occupancy: number;
  waitingCount: number;
  waitingDays: number;
  hospitalWaitingCostPerDay: number;
}

export interface WardFigures extends Figures {
  wardId: string;
  wardName: string;
}

/** Per night of the horizon (index 0 = horizon start): available and occupied beds. */
export interface NightSeries {
  start: string;
  available: number[];
  occupied: number[];
}

function blocked(calendar: Calendar): Map<string, Array<[number, number]>> {
  const wardOf = new Map(calendar.resources.map((r) => [r.id, r.wardId]));
  const byBed = new Map<string, Array<[number, number]>>();
  for (const b of calendar.background) {
    for (const r of calendar.resources) {
      if (b.bedId === r.id || (!b.bedId && b.wardId === wardOf.get(r.id)))
        byBed.set(r.id, [...(byBed.get(r.id) ?? []), [toDayNumber(b.start), toDayNumber(b.end)]]);
    }
  }
  return byBed;
}

/** Available and occupied beds night by night, over the calendar's beds (only the beds in view). */
export function nightSeries(calendar: Calendar, bedIds?: ReadonlySet<string>): NightSeries {
  const h0 = toDayNumber(calendar.horizon.start);
  const n = toDayNumber(calendar.horizon.end) - h0;
  const available = new Array<number>(n).fill(0);
  const occupied = new Array<number>(n).fill(0);
  const closed = blocked(calendar);
  for (const r of calendar.resources) {
    if (bedIds && !bedIds.has(r.id)) continue;
    const off = closed.get(r.id) ?? [];
    for (let d = 0; d < n; d++) if (!off.some(([s, e]) => s <= h0 + d && h0 + d < e)) available[d]!++;
  }
  for (const s of calendar.stays) {
    if (bedIds && !bedIds.has(s.bedId)) continue;
    const from = Math.max(0, toDayNumber(s.start) - h0);
    const to = Math.min(n, toDayNumber(s.end) - h0);
    for (let d = from; d < to; d++) occupied[d]!++;
  }
  return { start: calendar.horizon.start, available, occupied };
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

function figuresOf(series: NightSeries, calendar: Calendar, waitingFilter: (i: number) => boolean): Figures {
  const availableBedNights = sum(series.available);
  const occupiedBedNights = Math.min(sum(series.occupied), availableBedNights);
  const waiting = calendar.waiting.filter((_, i) => waitingFilter(i));
  return {
    availableBedNights,
    occupiedBedNights,
    idleBedNights: availableBedNights - occupiedBedNights,
    occupancy: availableBedNights === 0 ? 0 : occupiedBedNights / availableBedNights,
    waitingCount: waiting.length,
    waitingDays: sum(waiting.map((w) => w.waitingDays)),
    hospitalWaitingCostPerDay: sum(waiting.filter((w) => w.fromHospital).map((w) => w.dailyCost)),
  };
}

/** The figures of the whole calendar in view. */
export function calendarFigures(calendar: Calendar): Figures {
  return figuresOf(nightSeries(calendar), calendar, () => true);
}

/** The figures per ward; a waiting entry counts in every ward in view whose tags it fits. */
export function wardFigures(calendar: Calendar): WardFigures[] {
  const wards = new Map<string, { name: string; beds: Set<string>; tags: Set<string> }>();
  for (const r of calendar.resources) {
    const w = wards.get(r.wardId) ?? { name: r.wardName, beds: new Set(), tags: new Set() };
    w.beds.add(r.id);
    r.tags.forEach((t) => w.tags.add(t));
    wards.set(r.wardId, w);
  }
  return [...wards].map(([wardId, w]) => ({
    wardId,
    wardName: w.name || wardId,
    ...figuresOf(nightSeries(calendar, w.beds), calendar, (i) =>
      calendar.waiting[i]!.requiredTags.every((t) => w.tags.has(t)),
    ),
  }));
}

/** Weekly occupancy (0..1) for a chart: one value per started week of the horizon. */
export function weeklyOccupancy(series: NightSeries): number[] {
  const weeks: number[] = [];
  for (let d = 0; d < series.available.length; d += 7) {
    const a = sum(series.available.slice(d, d + 7));
    const o = sum(series.occupied.slice(d, d + 7));
    weeks.push(a === 0 ? 0 : Math.min(1, o / a));
  }
  return weeks;
}

/** The figures of one week of the horizon, for the charts over time. */
export interface WeekFigures {
  /** The week's first day. */
  start: string;
  occupancy: number;
  idleBedNights: number;
  /** Requests and occurrences waiting at the end of the week (their earliest start has come). */
  waitingCount: number;
  /** Nights waited in the week, over everything on the waiting list. */
  waitingDays: number;
  /** What the hospital discharges waiting in the week cost the municipality, kr. */
  hospitalWaitingCost: number;
}

/** The beds of one ward and what the ward's beds offer, or every bed in view when `wardId` is null. */
function wardSelection(calendar: Calendar, wardId: string | null) {
  const beds = calendar.resources.filter((r) => wardId === null || r.wardId === wardId);
  const tags = new Set(beds.flatMap((r) => r.tags));
  const waiting =
    wardId === null
      ? calendar.waiting
      : calendar.waiting.filter((w) => w.requiredTags.every((t) => tags.has(t)));
  return { bedIds: new Set(beds.map((r) => r.id)), waiting };
}

/**
 * Week by week over the horizon (the last week may be short), for the beds of one ward or all in view: the
 * occupancy, idle bed-nights, and the waiting list of the plan (what it leaves unplaced) as it grows, each
 * entry waiting from its earliest start. A waiting entry counts in a ward whose tags it fits.
 */
export function weeklyFigures(calendar: Calendar, wardId: string | null = null): WeekFigures[] {
  const { bedIds, waiting } = wardSelection(calendar, wardId);
  const nights = nightSeries(calendar, bedIds);
  const h0 = toDayNumber(calendar.horizon.start);
  const waitingFrom = waiting.map((w) => ({ from: toDayNumber(w.earliestStart) - h0, entry: w }));
  const weeks: WeekFigures[] = [];
  for (let d = 0; d < nights.available.length; d += 7) {
    const last = Math.min(d + 7, nights.available.length);
    const available = sum(nights.available.slice(d, last));
    const occupied = Math.min(available, sum(nights.occupied.slice(d, last)));
    const nightsWaiting = (from: number) => Math.max(0, last - Math.max(d, from));
    weeks.push({
      start: fromDayNumber(h0 + d),
      occupancy: available === 0 ? 0 : occupied / available,
      idleBedNights: available - occupied,
      waitingCount: waitingFrom.filter(({ from }) => from < last).length,
      waitingDays: sum(waitingFrom.map(({ from }) => nightsWaiting(from))),
      hospitalWaitingCost: sum(
        waitingFrom
          .filter(({ entry }) => entry.fromHospital)
          .map(({ from, entry }) => nightsWaiting(from) * entry.dailyCost),
      ),
    });
  }
  return weeks;
}
