/**
 * Stays under way at the horizon start (the instance's `fixed`): most stay-ward beds hold someone who
 * arrived before the start and leaves over the first weeks; some korttid beds hold people waiting for a
 * long-term place, for months. People in rotation beds are rotation users whose series goes on afterwards.
 * A fixed stay keeps to one bed, avoids closed and out-of-service nights, and shares a double room only
 * with someone of the same sex.
 */
import type { Phase } from '../formats.ts';
import type { Random } from '../random.ts';
import {
  LONG_WAITER_LEAVES_DAYS,
  LONG_WAITER_SINCE_DAYS,
  LONG_WAITERS_PER_KORTTID_BED,
  OCCUPIED_AT_START,
  OHD_OCCUPIED_AT_START,
  REHAB_NIGHTS,
  SERIES_PATTERNS,
  TRYGGHET_NIGHTS,
} from './calibration.ts';
import { freeRunAround, type Calendar, type NightRange } from './calendar.ts';
import { plainKorttidNights } from './lengths.ts';
import { newPerson, type PersonDraft } from './people.ts';
import { draw } from './streams.ts';
import type { BedSlot, BedTree } from './tree.ts';

export interface FixedDraft {
  person: PersonDraft;
  slot: BedSlot;
  /** Night numbers: start < 0 <= end. */
  start: number;
  end: number;
}

/** A rotation user in a rotation bed at the start: the series continues after this stay. */
export interface ContinuingUser {
  person: PersonDraft;
  phases: Phase[];
  /** The night the current stay was planned to end (before any clipping to a closure). */
  plannedEnd: number;
  centreId: string;
}

export interface FixedStays {
  stays: FixedDraft[];
  continuing: ContinuingUser[];
}

function blockedNights(slot: BedSlot, calendar: Calendar): NightRange[] {
  return [...slot.ward.closures, ...slot.bed.outOfService].map((r) => ({
    start: calendar.night(r.start),
    end: calendar.night(r.end),
  }));
}

export function generateFixedStays(random: Random, tree: BedTree, calendar: Calendar): FixedStays {
  const stays: FixedDraft[] = [];
  const continuing: ContinuingUser[] = [];
  const fullness = new Map<string, number>();
  const sexInRoom = new Map<string, 'F' | 'M'>();
  const free = new Map<FixedDraft, NightRange>();

  for (const slot of tree.beds) {
    const run = freeRunAround(blockedNights(slot, calendar), 0);
    if (!run) continue;
    let share = fullness.get(slot.ward.id);
    if (share === undefined) {
      share = OCCUPIED_AT_START.min + random.float() * (OCCUPIED_AT_START.max - OCCUPIED_AT_START.min);
      fullness.set(slot.ward.id, share);
    }
    if (!random.chance(slot.kind === 'ohd' ? OHD_OCCUPIED_AT_START : share)) continue;

    let nights: number;
    let phases: Phase[] | null = null;
    switch (slot.kind) {
      case 'korttid':
      case 'demens':
        nights = plainKorttidNights(random);
        break;
      case 'rehab':
        nights = draw(random, REHAB_NIGHTS);
        break;
      case 'ohd':
        nights = random.int(2, 3);
        break;
      case 'trygghet':
        nights = Math.max(2, draw(random, TRYGGHET_NIGHTS));
        break;
      case 'rullering':
        phases = draw(random, SERIES_PATTERNS).phases;
        nights = Math.max(2, (phases[0] as Phase).inNights);
        break;
    }
    const left = random.int(1, nights - 1);
    const start = Math.max(left - nights, run.start);
    const end = Math.min(left, run.end);
    if (start >= 0) continue;

    const person = newPerson(random, sexInRoom.get(slot.room.id));
    sexInRoom.set(slot.room.id, person.sex);
    const stay: FixedDraft = { person, slot, start, end };
    stays.push(stay);
    free.set(stay, run);
    if (phases) continuing.push({ person, phases, plannedEnd: left, centreId: slot.centre.id });
  }

  const korttidBeds = tree.beds.filter((s) => s.kind === 'korttid' || s.kind === 'demens').length;
  const waiters = Math.round(LONG_WAITERS_PER_KORTTID_BED * korttidBeds);
  const candidates = random.shuffle(
    stays.filter((s) => s.slot.kind === 'korttid' || s.slot.kind === 'demens'),
  );
  for (const stay of candidates.slice(0, waiters)) {
    const run = free.get(stay) as NightRange;
    const since = random.int(LONG_WAITER_SINCE_DAYS.min, LONG_WAITER_SINCE_DAYS.max);
    const leaves = random.int(
      LONG_WAITER_LEAVES_DAYS.min,
      Math.round(LONG_WAITER_LEAVES_DAYS.horizons * calendar.days),
    );
    stay.start = Math.max(-since, run.start);
    stay.end = Math.min(leaves, run.end);
  }
  return { stays, continuing };
}
