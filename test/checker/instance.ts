/**
 * One small hand-made instance for the checker tests, and a valid plan for it.
 *
 * Horizon 2027-01-04 .. 2027-03-01: 56 nights, night n is d(n). turnoverDays 1.
 *
 * C1 Fyllingsdalen
 *   C1-W1 Korttid [korttid]           C1-W1-R1-B1 [rullering]   (single room)
 *                                     C1-W1-R2-B1, C1-W1-R2-B2  (double room)
 *   C1-W2 Rehab [rehab], closed 2027-02-08 .. 2027-03-01 (d(35)..d(56), 21 nights)
 *                                     C1-W2-R1-B1, C1-W2-R2-B1
 * C2 Løvåsen
 *   C2-W1 Rullering [rullering]       C2-W1-R1-B1, C2-W1-R2-B1
 *   C2-W2 Korttid [korttid]           C2-W2-R1-B1 [oxygen], out of service 2027-01-20 .. 2027-01-25 (d(16)..d(21))
 *
 * People: P1 F, P2 M, P3 F partner of P4 M, P5 M, P6 F, P7 F, P8 M.
 *
 * Requests (window in night indices):
 *   R1 P1 korttid hospital [korttid] prefers C1, 14 nights, start d(0)..d(7)
 *   R2 P2 rehab   home     [rehab],               21 nights, start d(7)..d(21)
 *   R3 P3 korttid home     [korttid] prefers C1, 10 nights, start d(14)..d(28)
 *   R4 P4 korttid hospital [korttid],             10 nights, start d(14)..d(28)
 *   R5 P7 korttid home     [korttid, oxygen],      7 nights, start d(28)..d(35), pinned to C2-W2-R1-B1
 *   R6 P8 trygghet home    [],                     5 nights, start d(21)..d(32)
 *
 * Series S1 P5 [rullering], staircase 2 in / 5 home twice, then 4 in / 6 home; firstStart d(0)..d(7),
 * until 2027-02-14 = d(41), flexDays 1, occurrence 2 pinned to C2-W1-R1-B1.
 *   offsets 0, 7, 14, 24, 34, 44; in-nights 2, 2, 4, 4, 4, 4.
 *   With start_0 = d(0): p = d(0), d(7), d(14), d(24), d(34); d(44) >= until, so 5 occurrences (#0..#4).
 *   With start_0 = d(7): p_4 = d(41) is not before until, so 4 occurrences.
 *
 * Fixed F1: P6 (F) in C1-W1-R2-B2 from 2026-12-20 to 2027-01-10 (d(-15)..d(6)).
 */
import { addDays } from '../../solver/dates.ts';
import {
  instance as instanceSchema,
  type Instance,
  type Plan,
  type Stay,
  type Unplaced,
} from '../../solver/formats.ts';

export const HORIZON_START = '2027-01-04';

/** The date n days after the horizon start: night n. */
export function d(n: number): string {
  return addDays(HORIZON_START, n);
}

export function makeInstance(): Instance {
  return instanceSchema.parse({
    version: 1,
    horizon: { start: d(0), end: d(56) },
    turnoverDays: 1,
    centres: [
      {
        id: 'C1',
        name: 'Fyllingsdalen',
        wards: [
          {
            id: 'C1-W1',
            name: 'Korttid',
            tags: ['korttid'],
            rooms: [
              { id: 'C1-W1-R1', beds: [{ id: 'C1-W1-R1-B1', tags: ['rullering'] }] },
              { id: 'C1-W1-R2', beds: [{ id: 'C1-W1-R2-B1' }, { id: 'C1-W1-R2-B2' }] },
            ],
          },
          {
            id: 'C1-W2',
            name: 'Rehab',
            tags: ['rehab'],
            closures: [{ start: d(35), end: d(56) }],
            rooms: [
              { id: 'C1-W2-R1', beds: [{ id: 'C1-W2-R1-B1' }] },
              { id: 'C1-W2-R2', beds: [{ id: 'C1-W2-R2-B1' }] },
            ],
          },
        ],
      },
      {
        id: 'C2',
        name: 'Løvåsen',
        wards: [
          {
            id: 'C2-W1',
            name: 'Rullering',
            tags: ['rullering'],
            rooms: [
              { id: 'C2-W1-R1', beds: [{ id: 'C2-W1-R1-B1' }] },
              { id: 'C2-W1-R2', beds: [{ id: 'C2-W1-R2-B1' }] },
            ],
          },
          {
            id: 'C2-W2',
            name: 'Korttid',
            tags: ['korttid'],
            rooms: [
              {
                id: 'C2-W2-R1',
                beds: [{ id: 'C2-W2-R1-B1', tags: ['oxygen'], outOfService: [{ start: d(16), end: d(21) }] }],
              },
            ],
          },
        ],
      },
    ],
    people: [
      { id: 'P1', sex: 'F' },
      { id: 'P2', sex: 'M' },
      { id: 'P3', sex: 'F', partnerId: 'P4' },
      { id: 'P4', sex: 'M', partnerId: 'P3' },
      { id: 'P5', sex: 'M' },
      { id: 'P6', sex: 'F' },
      { id: 'P7', sex: 'F' },
      { id: 'P8', sex: 'M' },
    ],
    requests: [
      {
        id: 'R1',
        personId: 'P1',
        kind: 'korttid',
        earliestStart: d(0),
        latestStart: d(7),
        nights: 14,
        priority: 1,
        source: 'hospital',
        requiredTags: ['korttid'],
        preferredCentres: ['C1'],
      },
      {
        id: 'R2',
        personId: 'P2',
        kind: 'rehab',
        earliestStart: d(7),
        latestStart: d(21),
        nights: 21,
        priority: 2,
        source: 'home',
        requiredTags: ['rehab'],
      },
      {
        id: 'R3',
        personId: 'P3',
        kind: 'korttid',
        earliestStart: d(14),
        latestStart: d(28),
        nights: 10,
        priority: 3,
        source: 'home',
        requiredTags: ['korttid'],
        preferredCentres: ['C1'],
      },
      {
        id: 'R4',
        personId: 'P4',
        kind: 'korttid',
        earliestStart: d(14),
        latestStart: d(28),
        nights: 10,
        priority: 1,
        source: 'hospital',
        requiredTags: ['korttid'],
      },
      {
        id: 'R5',
        personId: 'P7',
        kind: 'korttid',
        earliestStart: d(28),
        latestStart: d(35),
        nights: 7,
        priority: 3,
        source: 'home',
        requiredTags: ['korttid', 'oxygen'],
        pin: { bedId: 'C2-W2-R1-B1' },
      },
      {
        id: 'R6',
        personId: 'P8',
        kind: 'trygghet',
        earliestStart: d(21),
        latestStart: d(32),
        nights: 5,
        priority: 4,
        source: 'home',
      },
    ],
    series: [
      {
        id: 'S1',
        personId: 'P5',
        kind: 'rullering',
        phases: [
          { inNights: 2, homeNights: 5, count: 2 },
          { inNights: 4, homeNights: 6 },
        ],
        firstStart: { earliest: d(0), latest: d(7) },
        until: d(41),
        flexDays: 1,
        requiredTags: ['rullering'],
        pins: [{ occurrence: 2, bedId: 'C2-W1-R1-B1' }],
      },
    ],
    fixed: [{ id: 'F1', personId: 'P6', bedId: 'C1-W1-R2-B2', start: '2026-12-20', end: d(6) }],
  });
}

/** A stay placing request `requestId` in `bedId` for nights d(start)..d(end). */
export function rq(requestId: string, bedId: string, start: number, end: number): Stay {
  return { requestId, bedId, start: d(start), end: d(end) };
}

/** A stay placing occurrence `occurrence` of series `seriesId` in `bedId` for nights d(start)..d(end). */
export function oc(seriesId: string, occurrence: number, bedId: string, start: number, end: number): Stay {
  return { seriesId, occurrence, bedId, start: d(start), end: d(end) };
}

/**
 * A valid complete plan:
 *   R1 C1-W1-R1-B1 d(0)..d(14)                                  14 nights, wait 0
 *   R2 C1-W2-R1-B1 d(9)..d(19), then C1-W2-R2-B1 d(19)..d(30)   10 + 11 = 21 nights, wait 2, one transfer
 *   R3 C1-W1-R2-B1 d(16)..d(26)  and  R4 C1-W1-R2-B2 d(16)..d(26): the partners share the double room, wait 2 each
 *      (F1 leaves C1-W1-R2-B2 on d(6); the next arrival there is d(16) >= d(6) + 1)
 *   R5 C2-W2-R1-B1 d(28)..d(35)                                 its pinned bed, 7 nights, wait 0
 *   R6 unplaced
 *   S1#0 C2-W1-R1-B1 d(0)..d(2)     pattern d(0)
 *   S1#1 C2-W1-R2-B1 d(8)..d(10)    pattern d(7), one day late (flex 1)
 *   S1#2 C2-W1-R1-B1 d(14)..d(18)   pattern d(14), the pinned bed
 *   S1#3 unplaced                    pattern d(24)
 *   S1#4 C1-W1-R1-B1 d(34)..d(38)   pattern d(34), another centre (the bed has its own rullering tag)
 */
export function validPlan(): Plan {
  return {
    version: 1,
    stays: [
      rq('R1', 'C1-W1-R1-B1', 0, 14),
      rq('R2', 'C1-W2-R1-B1', 9, 19),
      rq('R2', 'C1-W2-R2-B1', 19, 30),
      rq('R3', 'C1-W1-R2-B1', 16, 26),
      rq('R4', 'C1-W1-R2-B2', 16, 26),
      rq('R5', 'C2-W2-R1-B1', 28, 35),
      oc('S1', 0, 'C2-W1-R1-B1', 0, 2),
      oc('S1', 1, 'C2-W1-R2-B1', 8, 10),
      oc('S1', 2, 'C2-W1-R1-B1', 14, 18),
      oc('S1', 4, 'C1-W1-R1-B1', 34, 38),
    ],
    unplaced: [
      { requestId: 'R6', reason: 'left for the tests' },
      { seriesId: 'S1', occurrence: 3, reason: 'left for the tests' },
    ],
    metrics: {},
  };
}

type Target = string | { seriesId: string; occurrence: number };

function matches(entry: Stay | Unplaced, target: Target): boolean {
  if (typeof target === 'string') return 'requestId' in entry && entry.requestId === target;
  return 'seriesId' in entry && entry.seriesId === target.seriesId && entry.occurrence === target.occurrence;
}

/** `S1#2` -> { seriesId: 'S1', occurrence: 2 }; `R1` stays a request id. */
export function target(label: string): Target {
  const [seriesId, occurrence] = label.split('#');
  return occurrence === undefined || seriesId === undefined
    ? label
    : { seriesId, occurrence: Number(occurrence) };
}

/** The plan with the stays and unplaced entries of `label` replaced by `stays`. */
export function replaceStays(plan: Plan, label: string, ...stays: Stay[]): Plan {
  const t = target(label);
  return {
    ...plan,
    stays: [...plan.stays.filter((s) => !matches(s, t)), ...stays],
    unplaced: plan.unplaced.filter((u) => !matches(u, t)),
  };
}

/** The plan with `label` taken out of the stays and listed as unplaced. */
export function unplace(plan: Plan, label: string): Plan {
  const t = target(label);
  const entry: Unplaced = typeof t === 'string' ? { requestId: t, reason: 'test' } : { ...t, reason: 'test' };
  return { ...replaceStays(plan, label), unplaced: [...replaceStays(plan, label).unplaced, entry] };
}

/** The plan with extra stays and unplaced entries added, nothing removed. */
export function withExtra(plan: Plan, stays: Stay[], unplaced: Unplaced[] = []): Plan {
  return { ...plan, stays: [...plan.stays, ...stays], unplaced: [...plan.unplaced, ...unplaced] };
}
