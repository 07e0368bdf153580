import type { Person } from '../formats.ts';
import type { Model } from './compile.ts';

export type Obstacle = 'blocked' | 'taken' | 'turnover' | 'capacity' | 'roomSex' | 'person';

interface Occupant {
  person: Person;
}

const FREE = -1;

/**
 * Who is in which bed each night, with the checks a placement must pass: the bed is open, free with
 * turnover on both sides, its ward stays within the beds it is staffed for, the room keeps one sex (or
 * partners) and the person is nowhere else.
 */
export class Occupancy {
  private readonly owner: Int32Array[];
  private readonly occupants: Occupant[] = [];
  private readonly busy = new Map<string, { start: number; end: number; key: number }[]>();
  /** occupiedBeds[capped ward][night - spanStart]: how many of the ward's beds someone holds that night. */
  private readonly occupiedBeds: Int32Array[];

  constructor(private readonly model: Model) {
    const length = model.spanEnd - model.spanStart;
    this.owner = model.beds.map(() => new Int32Array(length).fill(FREE));
    this.occupiedBeds = model.cappedWards.map(() => new Int32Array(length));
  }

  /** Registers a stay-to-be for a person; the returned key marks its nights. */
  newKey(personId: string): number {
    const person = this.model.people.get(personId);
    if (!person) throw new Error(`unknown person ${personId}`);
    this.occupants.push({ person });
    return this.occupants.length - 1;
  }

  personOf(key: number): Person {
    return (this.occupants[key] as Occupant).person;
  }

  obstacle(bed: number, start: number, end: number, key: number): Obstacle | null {
    const { spanStart, spanEnd, turnoverNights } = this.bounds();
    const from = Math.max(start, spanStart);
    const to = Math.min(end, spanEnd);
    const blocked = this.model.blocked[bed] as Uint8Array;
    const owner = this.owner[bed] as Int32Array;
    for (let night = from; night < to; night++) {
      if (blocked[night - spanStart]) return 'blocked';
      if (owner[night - spanStart] !== FREE) return 'taken';
    }
    const before = Math.max(start - turnoverNights, spanStart);
    const after = Math.min(end + turnoverNights, spanEnd);
    for (let night = before; night < from; night++) if (owner[night - spanStart] !== FREE) return 'turnover';
    for (let night = to; night < after; night++) if (owner[night - spanStart] !== FREE) return 'turnover';
    if (!this.wardHasRoom(bed, from, to)) return 'capacity';
    const person = this.personOf(key);
    if (!this.roomAllows(bed, from, to, person)) return 'roomSex';
    const stays = this.busy.get(person.id);
    if (stays?.some((s) => s.key !== key && s.start < end && start < s.end)) return 'person';
    return null;
  }

  place(bed: number, start: number, end: number, key: number): void {
    this.fill(bed, start, end, key);
    const person = this.personOf(key).id;
    const stays = this.busy.get(person) ?? [];
    stays.push({ start, end, key });
    this.busy.set(person, stays);
  }

  remove(bed: number, start: number, end: number, key: number): void {
    this.fill(bed, start, end, FREE);
    const stays = this.busy.get(this.personOf(key).id) ?? [];
    const at = stays.findIndex((s) => s.key === key && s.start === start && s.end === end);
    if (at >= 0) stays.splice(at, 1);
  }

  /** The departure night of the latest stay on the bed that ends on or before `night`, or null. */
  previousDeparture(bed: number, night: number): number | null {
    const { spanStart } = this.bounds();
    const owner = this.owner[bed] as Int32Array;
    for (let n = Math.min(night, this.model.spanEnd) - 1; n >= spanStart; n--) {
      if (owner[n - spanStart] !== FREE) return n + 1;
    }
    return null;
  }

  /** The keys of the stays on the bed during nights [from, to), each once, in night order. */
  keysIn(bed: number, from: number, to: number): number[] {
    const { spanStart, spanEnd } = this.bounds();
    const owner = this.owner[bed] as Int32Array;
    const keys: number[] = [];
    for (let night = Math.max(from, spanStart); night < Math.min(to, spanEnd); night++) {
      const key = owner[night - spanStart] as number;
      if (key !== FREE && keys[keys.length - 1] !== key && !keys.includes(key)) keys.push(key);
    }
    return keys;
  }

  /** The key of the stay on the bed that night, or -1 when nobody is there (or it is outside the timeline). */
  keyAt(bed: number, night: number): number {
    const { spanStart, spanEnd } = this.bounds();
    if (night < spanStart || night >= spanEnd) return FREE;
    return (this.owner[bed] as Int32Array)[night - spanStart] as number;
  }

  /** Is the bed open and empty on this night? */
  isFree(bed: number, night: number): boolean {
    const { spanStart, spanEnd } = this.bounds();
    if (night < spanStart || night >= spanEnd) return false;
    return (
      (this.owner[bed] as Int32Array)[night - spanStart] === FREE &&
      (this.model.blocked[bed] as Uint8Array)[night - spanStart] === 0
    );
  }

  /** How many open, empty nights follow `night` on the bed (from `night` on), counting at most `cap`. */
  freeRunFrom(bed: number, night: number, cap: number): number {
    let run = 0;
    while (run < cap && this.isFree(bed, night + run)) run++;
    return run;
  }

  /** How many open, empty nights precede `night` on the bed, counting at most `cap`. */
  freeRunBefore(bed: number, night: number, cap: number): number {
    let run = 0;
    while (run < cap && this.isFree(bed, night - 1 - run)) run++;
    return run;
  }

  private bounds() {
    return {
      spanStart: this.model.spanStart,
      spanEnd: this.model.spanEnd,
      turnoverNights: this.model.instance.turnoverDays,
    };
  }

  private fill(bed: number, start: number, end: number, value: number): void {
    const { spanStart, spanEnd } = this.bounds();
    const owner = this.owner[bed] as Int32Array;
    const from = Math.max(start, spanStart);
    const to = Math.min(end, spanEnd);
    const ward = this.model.cappedWardOf[bed] as number;
    if (ward >= 0) {
      const occupied = this.occupiedBeds[ward] as Int32Array;
      const holds = value === FREE ? 0 : 1;
      for (let at = from - spanStart; at < to - spanStart; at++)
        occupied[at] = (occupied[at] as number) + holds - (owner[at] === FREE ? 0 : 1);
    }
    for (let night = from; night < to; night++) {
      owner[night - spanStart] = value;
    }
  }

  /** How many more beds the capped ward may hold that night, beyond those someone holds now. */
  wardRoomAt(ward: number, night: number): number {
    const at = night - this.model.spanStart;
    const limit = (this.model.cappedWards[ward] as { limit: Int32Array }).limit;
    return (limit[at] as number) - ((this.occupiedBeds[ward] as Int32Array)[at] as number);
  }

  /** Would one more bed of this bed's ward held on nights [from, to) stay within the beds it is staffed for? */
  private wardHasRoom(bed: number, from: number, to: number): boolean {
    const ward = this.model.cappedWardOf[bed] as number;
    if (ward < 0) return true;
    const { spanStart } = this.bounds();
    const occupied = this.occupiedBeds[ward] as Int32Array;
    const limit = (this.model.cappedWards[ward] as { limit: Int32Array }).limit;
    for (let at = from - spanStart; at < to - spanStart; at++)
      if ((occupied[at] as number) >= (limit[at] as number)) return false;
    return true;
  }

  private roomAllows(bed: number, from: number, to: number, person: Person): boolean {
    const roomBeds = this.model.rooms[(this.model.beds[bed] as { room: number }).room] as number[];
    if (roomBeds.length < 2) return true;
    const { spanStart } = this.bounds();
    for (const other of roomBeds) {
      if (other === bed) continue;
      const owner = this.owner[other] as Int32Array;
      let last = FREE;
      for (let night = from; night < to; night++) {
        const key = owner[night - spanStart] as number;
        if (key === FREE || key === last) continue;
        last = key;
        const neighbour = this.personOf(key);
        if (neighbour.sex !== person.sex && neighbour.partnerId !== person.id) return false;
      }
    }
    return true;
  }
}
