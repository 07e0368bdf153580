import { DayIndex } from '../dates.ts';
import type { Instance, Person } from '../formats.ts';
import { capWard, type CappedWard } from './staffing.ts';

export interface BedInfo {
  index: number;
  id: string;
  room: number;
  wardId: string;
  centreId: string;
  /** The ward's tags and the bed's own. */
  tags: ReadonlySet<string>;
}

/**
 * The instance in integer form for the solvers: night numbers counted from the horizon start, beds and
 * rooms as indices, and per bed the nights it cannot be used (ward closed or bed out of service).
 */
export interface Model {
  instance: Instance;
  days: DayIndex;
  /** Number of horizon nights: nights 0 .. horizonNights-1 are planned. */
  horizonNights: number;
  /** Timelines cover nights [spanStart, spanEnd); spanStart <= 0 leaves room for turnover before night 0. */
  spanStart: number;
  spanEnd: number;
  beds: BedInfo[];
  bedIndex: Map<string, number>;
  /** Bed indices per room. */
  rooms: number[][];
  /** blocked[bed][night - spanStart] = 1 when the bed cannot be used that night. */
  blocked: Uint8Array[];
  /** Wards staffed for fewer beds than they have on some nights. */
  cappedWards: CappedWard[];
  /** cappedWardOf[bed]: the bed's ward in cappedWards, or -1 when its ward has no cap. */
  cappedWardOf: Int32Array;
  people: Map<string, Person>;
  centreOfBed: (bed: number) => string;
}

function lastNeededNight(instance: Instance, days: DayIndex): number {
  let end = days.of(instance.horizon.end);
  for (const r of instance.requests) end = Math.max(end, days.of(r.latestStart) + r.nights);
  for (const s of instance.series) {
    const longest = Math.max(...s.phases.map((p) => p.inNights));
    end = Math.max(end, days.of(s.until) + s.flexDays + longest);
  }
  for (const f of instance.fixed) end = Math.max(end, days.of(f.end));
  return end;
}

export function compile(instance: Instance): Model {
  const days = new DayIndex(instance.horizon.start);
  const horizonNights = days.of(instance.horizon.end);
  const spanStart = -(instance.turnoverDays + 1);
  const spanEnd = lastNeededNight(instance, days) + instance.turnoverDays + 1;
  const length = spanEnd - spanStart;
  const beds: BedInfo[] = [];
  const rooms: number[][] = [];
  const blocked: Uint8Array[] = [];
  const cappedWards: CappedWard[] = [];
  const wardOfBed: number[] = [];
  const block = (row: Uint8Array, start: string, end: string) => {
    const from = Math.max(days.of(start), spanStart);
    const to = Math.min(days.of(end), spanEnd);
    for (let night = from; night < to; night++) row[night - spanStart] = 1;
  };
  for (const centre of instance.centres) {
    for (const ward of centre.wards) {
      const capped = capWard(ward, days, spanStart, spanEnd);
      if (capped) cappedWards.push(capped);
      const wardSlot = capped ? cappedWards.length - 1 : -1;
      for (const room of ward.rooms) {
        const roomBeds: number[] = [];
        for (const bed of room.beds) {
          const index = beds.length;
          beds.push({
            index,
            id: bed.id,
            room: rooms.length,
            wardId: ward.id,
            centreId: centre.id,
            tags: new Set([...ward.tags, ...bed.tags]),
          });
          const row = new Uint8Array(length);
          for (const c of ward.closures) block(row, c.start, c.end);
          for (const o of bed.outOfService) block(row, o.start, o.end);
          blocked.push(row);
          wardOfBed.push(wardSlot);
          roomBeds.push(index);
        }
        rooms.push(roomBeds);
      }
    }
  }
  return {
    instance,
    days,
    horizonNights,
    spanStart,
    spanEnd,
    beds,
    bedIndex: new Map(beds.map((b) => [b.id, b.index])),
    rooms,
    blocked,
    cappedWards,
    cappedWardOf: Int32Array.from(wardOfBed),
    people: new Map(instance.people.map((p) => [p.id, p])),
    centreOfBed: (bed) => (beds[bed] as BedInfo).centreId,
  };
}

export function bedsWithTags(model: Model, required: readonly string[]): number[] {
  return model.beds.filter((b) => required.every((t) => b.tags.has(t))).map((b) => b.index);
}
