/**
 * The bed tree: centres → wards of one kind each → rooms of one or two beds → beds, some with own tags.
 * Closures and beds out of service are added afterwards (outages.ts).
 */
import type { Bed, Centre, Room, Ward } from '../formats.ts';
import type { Random } from '../random.ts';
import {
  BED_TAG_KINDS,
  BED_TAG_SHARE,
  BEDS_PER_CENTRE,
  CENTRE_NAMES,
  DOUBLE_ROOM_BED_SHARE,
  DOUBLE_ROOM_KINDS,
  TWO_CENTRES_FROM_BEDS,
  WARD_KIND_MIN_BEDS,
  WARD_KIND_SHARE,
  WARD_NAME,
  WARD_SIZE,
} from './calibration.ts';
import { emptyByKind, WARD_TAGS, wardKinds, type WardKind } from './kinds.ts';

/** One bed with the room, ward and centre it sits in. */
export interface BedSlot {
  centre: Centre;
  ward: Ward;
  room: Room;
  bed: Bed;
  kind: WardKind;
}

export interface BedTree {
  centres: Centre[];
  /** Every bed, in tree order. */
  beds: BedSlot[];
  /** The kind of every ward, by ward id. */
  wardKind: Map<string, WardKind>;
}

/** The smallest instance that still has every ward kind. */
export const MIN_BEDS = 24;

export function centreCount(beds: number): number {
  if (beds < TWO_CENTRES_FROM_BEDS) return 1;
  return Math.max(2, Math.round(beds / BEDS_PER_CENTRE));
}

/** Beds per ward kind: the shares rounded, small kinds kept at their minimum, korttid takes the rest. */
export function bedsPerKind(beds: number): Record<WardKind, number> {
  const counts = emptyByKind(() => 0);
  let rest = beds;
  for (const kind of ['rehab', 'demens', 'rullering', 'ohd', 'trygghet'] as const) {
    counts[kind] = Math.max(WARD_KIND_MIN_BEDS[kind], Math.round(WARD_KIND_SHARE[kind] * beds));
    rest -= counts[kind];
  }
  counts.korttid = rest;
  return counts;
}

/** Splits the beds of one kind into wards near the kind's target size, a little uneven. */
export function splitIntoWards(random: Random, kind: WardKind, beds: number): number[] {
  if (beds <= 0) return [];
  const size = WARD_SIZE[kind];
  let wards = Math.max(1, Math.round(beds / size.target), Math.ceil(beds / size.max));
  wards = Math.max(1, Math.min(wards, Math.floor(beds / size.min)));
  const sizes = Array.from(
    { length: wards },
    (_, i) => Math.floor(beds / wards) + (i < beds % wards ? 1 : 0),
  );
  for (let move = 0; move < wards; move++) {
    const from = random.int(0, wards - 1);
    const to = random.int(0, wards - 1);
    const n = random.int(1, 2);
    const a = sizes[from] as number;
    const b = sizes[to] as number;
    if (from !== to && a - n >= size.min && b + n <= size.max) {
      sizes[from] = a - n;
      sizes[to] = b + n;
    }
  }
  return sizes;
}

/**
 * Rooms of the wards: singles, with double rooms for DOUBLE_ROOM_BED_SHARE of the beds of stay wards. The
 * rounding error is carried from ward to ward, so that small instances get their share too.
 */
function roomPlanner(random: Random): (kind: WardKind, beds: number) => number[] {
  let carry = 0;
  return (kind, beds) => {
    let doubles = 0;
    if (DOUBLE_ROOM_KINDS.includes(kind)) {
      const exact = (beds * DOUBLE_ROOM_BED_SHARE) / 2 + carry;
      doubles = Math.min(Math.floor(beds / 2), Math.max(0, Math.round(exact)));
      carry = exact - doubles;
    }
    const sizes = [...Array<number>(doubles).fill(2), ...Array<number>(beds - 2 * doubles).fill(1)];
    return random.shuffle(sizes);
  };
}

interface WardPlan {
  kind: WardKind;
  beds: number;
}

/** Wards to centres: korttid wards dealt round first, then the rest largest first to the emptiest centre. */
function assignWards(random: Random, plans: WardPlan[], centres: number): WardPlan[][] {
  const byCentre: WardPlan[][] = Array.from({ length: centres }, () => []);
  const load = Array<number>(centres).fill(0);
  const emptiest = () => load.reduce((best, beds, i) => (beds < (load[best] as number) ? i : best), 0);
  const shuffled = random.shuffle([...plans]).sort((a, b) => b.beds - a.beds);
  const korttid = shuffled.filter((p) => p.kind === 'korttid');
  const others = shuffled.filter((p) => p.kind !== 'korttid');
  for (const plan of [...korttid.slice(0, centres), ...others, ...korttid.slice(centres)]) {
    const c = emptiest();
    (byCentre[c] as WardPlan[]).push(plan);
    load[c] = (load[c] as number) + plan.beds;
  }
  return byCentre.map((wards) =>
    wards.sort((a, b) => wardKinds.indexOf(a.kind) - wardKinds.indexOf(b.kind) || b.beds - a.beds),
  );
}

function wardName(kind: WardKind, number: number, ofKind: number): string {
  return ofKind > 1 || kind === 'korttid' || kind === 'rehab'
    ? `${WARD_NAME[kind]} ${number}`
    : WARD_NAME[kind];
}

/** A few single-room beds of korttid and rehab wards get an own tag (bariatrisk, isolat). */
function tagBeds(random: Random, beds: BedSlot[], total: number): void {
  const eligible = random.shuffle(
    beds.filter((slot) => BED_TAG_KINDS.includes(slot.kind) && slot.room.beds.length === 1),
  );
  let next = 0;
  for (const [tag, share] of BED_TAG_SHARE) {
    const count = Math.max(1, Math.round(share * total));
    for (let i = 0; i < count && next < eligible.length; i++, next++) {
      (eligible[next] as BedSlot).bed.tags.push(tag);
    }
  }
}

export function buildBedTree(random: Random, beds: number): BedTree {
  if (!Number.isInteger(beds) || beds < MIN_BEDS)
    throw new Error(`beds must be a whole number ≥ ${MIN_BEDS}`);
  const perKind = bedsPerKind(beds);
  const plans = wardKinds.flatMap((kind) =>
    splitIntoWards(random, kind, perKind[kind]).map((n): WardPlan => ({ kind, beds: n })),
  );
  const count = centreCount(beds);
  const centres: Centre[] = [];
  const slots: BedSlot[] = [];
  const wardKind = new Map<string, WardKind>();
  const roomSizes = roomPlanner(random);
  assignWards(random, plans, count).forEach((wardPlans, ci) => {
    const centreId = `C${ci + 1}`;
    const centre: Centre = {
      id: centreId,
      name: CENTRE_NAMES[ci] ?? `Behandlingssenter ${ci + 1}`,
      wards: [],
    };
    const numbered = emptyByKind(() => 0);
    wardPlans.forEach((plan, wi) => {
      const wardId = `${centreId}-W${wi + 1}`;
      numbered[plan.kind] += 1;
      const ofKind = wardPlans.filter((p) => p.kind === plan.kind).length;
      const ward: Ward = {
        id: wardId,
        name: wardName(plan.kind, numbered[plan.kind], ofKind),
        tags: [...WARD_TAGS[plan.kind]],
        closures: [],
        rooms: [],
      };
      wardKind.set(wardId, plan.kind);
      roomSizes(plan.kind, plan.beds).forEach((size, ri) => {
        const roomId = `${wardId}-R${ri + 1}`;
        const room: Room = { id: roomId, beds: [] };
        for (let bi = 0; bi < size; bi++) {
          const bed: Bed = { id: `${roomId}-B${bi + 1}`, tags: [], outOfService: [] };
          room.beds.push(bed);
          slots.push({ centre, ward, room, bed, kind: plan.kind });
        }
        ward.rooms.push(room);
      });
      centre.wards.push(ward);
    });
    centres.push(centre);
  });
  tagBeds(random, slots, beds);
  return { centres, beds: slots, wardKind };
}
