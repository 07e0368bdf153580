/**
 * Every number the generator draws from, in one place. Each constant names the figure in
 * shared/domain.md it is calibrated on, or says "chosen" where the domain is silent.
 */
import type { Phase } from '../formats.ts';
import type { WardKind } from './kinds.ts';

/** A value and its weight: `draw` picks values with probability proportional to the weight. */
export type Table<T> = readonly (readonly [T, number])[];

// ---------------------------------------------------------------- bed tree

/** "Bergen has about 470 short-term beds across its behandlingssentre": at that scale ~4 centres of ~115. */
export const BEDS_PER_CENTRE = 115;

/** Chosen: from 50 beds on, at least two centres, so that preferred centres and centre changes mean something. */
export const TWO_CENTRES_FROM_BEDS = 50;

/**
 * Share of the beds per ward kind, with the domain's cross-checks: 982 rehab stays (SKR) against 3,981
 * short-term stays (SKB) in Bergen 2024 is ~20 % rehab; ØHD is a handful of beds per municipality
 * ("Sandefjord has 5"); korttid takes what the others leave (~53 %). Rotation at 9 % and ØHD at 3 % (a point
 * under the brief's ~10 % and ~4 %) keep a 470-bed half year near ~130 series and ~5,000 requests: ØHD
 * stays are so short that each ØHD bed brings ~90 requests.
 */
export const WARD_KIND_SHARE: Record<Exclude<WardKind, 'korttid'>, number> = {
  rehab: 0.2,
  demens: 0.12,
  rullering: 0.09,
  ohd: 0.03,
  trygghet: 0.03,
};

/** Chosen: the fewest beds a kind gets in a small instance, so that every kind is present at 60 beds. */
export const WARD_KIND_MIN_BEDS: Record<Exclude<WardKind, 'korttid'>, number> = {
  rehab: 4,
  demens: 4,
  rullering: 4,
  ohd: 2,
  trygghet: 2,
};

/** Chosen: ward sizes (beds) per kind; wards of 8-24 beds, sheltered dementia units and ØHD/trygghet small. */
export const WARD_SIZE: Record<WardKind, { min: number; target: number; max: number }> = {
  korttid: { min: 8, target: 18, max: 24 },
  demens: { min: 6, target: 10, max: 12 },
  rehab: { min: 8, target: 16, max: 24 },
  rullering: { min: 6, target: 12, max: 16 },
  ohd: { min: 2, target: 6, max: 8 },
  trygghet: { min: 2, target: 7, max: 8 },
};

/**
 * "Single room is the rule, but a double room may be shared": ~13 % of all beds in double rooms. Only
 * stay wards have double rooms (not ØHD or trygghet), so their own share is a little higher.
 */
export const DOUBLE_ROOM_BED_SHARE = 0.14;
export const DOUBLE_ROOM_KINDS: readonly WardKind[] = ['korttid', 'demens', 'rehab', 'rullering'];

/** Chosen: bed tags of a few % of the beds, on single rooms of korttid and rehab wards. */
export const BED_TAG_SHARE: Table<string> = [
  ['bariatrisk', 0.02],
  ['isolat', 0.02],
];
export const BED_TAG_KINDS: readonly WardKind[] = ['korttid', 'rehab'];

/** Ward names (Norwegian), numbered within a centre when a centre has more than one of a kind. */
export const WARD_NAME: Record<WardKind, string> = {
  korttid: 'Korttid',
  demens: 'Skjermet enhet',
  rehab: 'Rehabilitering',
  rullering: 'Rullering',
  ohd: 'ØHD',
  trygghet: 'Trygghetsplasser',
};

/** Centre names in the style of Bergen's behandlingssentre (names only; the bed counts are not theirs). */
export const CENTRE_NAMES: readonly string[] = [
  'Fyllingsdalen behandlingssenter',
  'Løvåsen behandlingssenter',
  'Åsane behandlingssenter',
  'Ytrebygda behandlingssenter',
  'Arna behandlingssenter',
  'Laksevåg behandlingssenter',
  'Årstad behandlingssenter',
  'Bergenhus behandlingssenter',
];

// ---------------------------------------------------------------- closures and beds out of service

/** "Wards close in periods (summer)": chance a ward of each kind closes in July (ØHD never: acute capacity). */
export const SUMMER_CLOSURE_CHANCE: Record<WardKind, number> = {
  korttid: 0.3,
  demens: 0.15,
  rehab: 0.3,
  rullering: 0.3,
  ohd: 0,
  trygghet: 0.3,
};
/** Chosen: a closure starts on one of the Mondays from 21 June to 19 July and lasts 1-4 weeks. */
export const SUMMER_CLOSURE_FIRST_DAY = { month: 6, day: 21 };
export const SUMMER_CLOSURE_LAST_START = { month: 7, day: 19 };
export const SUMMER_CLOSURE_WEEKS: Table<number> = [
  [1, 2],
  [2, 3],
  [3, 3],
  [4, 2],
];

/** "Beds go out of service": chosen, 4 % of the beds (at least one) get one period of days to weeks. */
export const OUT_OF_SERVICE_SHARE = 0.04;
export const OUT_OF_SERVICE_NIGHTS: Table<[number, number]> = [
  [[2, 7], 6],
  [[8, 28], 4],
];

// ---------------------------------------------------------------- people

/** Chosen: most users of municipal care are old, and old people are mostly women. */
export const FEMALE_SHARE = 0.6;
/** "Spouses/partners may share a room": chosen, one couple per 100 beds, at least two (korttid and rotation). */
export const PARTNER_PAIRS_PER_BED = 1 / 100;
export const MIN_PARTNER_PAIRS = 2;

// ---------------------------------------------------------------- stay lengths

/**
 * "Of 1,528 registered stays: 39 % about 3 weeks, 27 % under 3 weeks, 34 % over 3 weeks". The mix holds
 * over all non-acute requests (korttid, rehab, vurdering) together: korttid lengths make up for the
 * others, which have their own norms.
 */
export type LengthBucket = 'short' | 'about3' | 'long';
export const LENGTH_MIX: Record<LengthBucket, number> = { short: 0.27, about3: 0.39, long: 0.34 };
/** Nights 19-23 are "about 3 weeks"; fewer are under, more are over. */
export const ABOUT_3_WEEKS = { min: 19, max: 23 };

/** Under 3 weeks: "norm 14 days (Bergen is moving from 21 to 14)", so 14 dominates. */
export const SHORT_NIGHTS: Table<number> = [
  [7, 12],
  [8, 3],
  [9, 3],
  [10, 10],
  [11, 4],
  [12, 8],
  [13, 5],
  [14, 45],
  [15, 3],
  [16, 3],
  [17, 2],
  [18, 2],
];
/** About 3 weeks: the old norm of 21 days. */
export const ABOUT_3_WEEKS_NIGHTS: Table<number> = [
  [19, 8],
  [20, 10],
  [21, 64],
  [22, 10],
  [23, 8],
];
/** Over 3 weeks: "about 1/3 of stays are extended with a new decision", by whole weeks mostly. */
export const LONG_NIGHTS: Table<number> = [
  [24, 4],
  [25, 3],
  [26, 4],
  [27, 4],
  [28, 35],
  [29, 2],
  [30, 6],
  [31, 2],
  [32, 2],
  [33, 2],
  [35, 15],
  [36, 2],
  [38, 2],
  [40, 2],
  [42, 15],
];
/** Rehab: "norm 21 days, at least 3 weeks for most". */
export const REHAB_NIGHTS: Table<number> = [
  [14, 6],
  [18, 2],
  [21, 70],
  [24, 3],
  [28, 14],
  [35, 5],
];
/** Assessment stay (vurderingsopphold): chosen 7-14 nights, a few % of the korttid requests. */
export const VURDERING_NIGHTS: Table<number> = [
  [7, 40],
  [10, 20],
  [14, 40],
];
export const VURDERING_SHARE = 0.05;

/** ØHD: "at most 3 days; patient expected home within 3 days". */
export const OHD_NIGHTS: Table<number> = [
  [1, 20],
  [2, 30],
  [3, 50],
];
/** Trygghet: "up to one week, low threshold, short notice". */
export const TRYGGHET_NIGHTS: Table<number> = [
  [1, 3],
  [2, 7],
  [3, 15],
  [4, 15],
  [5, 15],
  [6, 5],
  [7, 40],
];
export const TRYGGHET_WINDOW: Table<number> = [
  [0, 40],
  [1, 35],
  [2, 25],
];

// ---------------------------------------------------------------- request sources, windows, priorities

/** "People discharged from hospital (utskrivningsklare) have priority": chosen ~55 % of korttid/rehab. */
export const HOSPITAL_SHARE = 0.55;
/** Chosen: an assessment stay is mostly asked for from home. */
export const VURDERING_HOSPITAL_SHARE = 0.3;
/** A hospital discharge is ready now: latestStart - earliestStart of 0-3 days. */
export const HOSPITAL_WINDOW: Table<number> = [
  [0, 20],
  [1, 30],
  [2, 30],
  [3, 20],
];
/** An application from home can wait: 7-28 days. */
export const HOME_WINDOW: Table<number> = [
  [7, 20],
  [10, 10],
  [14, 30],
  [21, 20],
  [28, 20],
];
/** "Hospital discharges first; among equals the greatest need": 1 = most urgent. */
export const HOSPITAL_PRIORITY: Table<number> = [
  [1, 55],
  [2, 45],
];
export const HOME_PRIORITY: Table<number> = [
  [2, 15],
  [3, 40],
  [4, 30],
  [5, 15],
];
export const TRYGGHET_PRIORITY: Table<number> = [
  [2, 30],
  [3, 50],
  [4, 20],
];
/** "A preferred centre is a wish, not a right": chosen, 40 % name one. */
export const PREFERRED_CENTRE_SHARE = 0.4;
/** Chosen: 1.5 % of korttid and rehab requests need a tagged bed (bariatrisk, isolat). */
export const BED_TAG_REQUEST_SHARE = 0.015;
/** "A waiting list must be kept": chosen, 10 % of non-acute requests are already waiting in the first week. */
export const BACKLOG_SHARE = 0.1;
export const BACKLOG_DAYS = 7;

/**
 * Chosen: a kind is full after this many drawn requests (or series) would each have taken its offered
 * nights further from the target than they are; later, smaller draws may still fit the gap.
 */
export const MAX_MISSES = 10;

// ---------------------------------------------------------------- stays under way at the start

/** Chosen: each stay ward is 70-85 % full on the first night. */
export const OCCUPIED_AT_START = { min: 0.7, max: 0.85 };
/** Chosen: half the ØHD beds hold someone on the first night. */
export const OHD_OCCUPIED_AT_START = 0.5;
/**
 * "People waiting for a long-term place often stay on in a short-term bed for months (about ten at a time
 * on one ward in Bergen)": 10 per 100 korttid beds (dementia wards included).
 */
export const LONG_WAITERS_PER_KORTTID_BED = 0.1;
/** Chosen: a long-term waiter arrived 3-26 weeks ago and leaves 4 weeks to 1.5 horizons from the start. */
export const LONG_WAITER_SINCE_DAYS = { min: 21, max: 180 };
export const LONG_WAITER_LEAVES_DAYS = { min: 28, horizons: 1.5 };

// ---------------------------------------------------------------- rotation series

/**
 * "3 weeks in, 6 weeks home ("3-6") is most common; "3-3" also; a "relief staircase" starts at 1-6 and
 * moves to 2-6 and 3-6 as needs grow; a weekend or one week also occurs". Weights chosen.
 */
export const SERIES_PATTERNS: Table<{ name: string; phases: Phase[] }> = [
  [{ name: '3-6', phases: [{ inNights: 21, homeNights: 42 }] }, 60],
  [{ name: '3-3', phases: [{ inNights: 21, homeNights: 21 }] }, 18],
  [
    {
      name: 'trapp',
      phases: [
        { inNights: 7, homeNights: 42, count: 2 },
        { inNights: 14, homeNights: 42, count: 2 },
        { inNights: 21, homeNights: 42 },
      ],
    },
    12,
  ],
  [{ name: '1-3', phases: [{ inNights: 7, homeNights: 21 }] }, 6],
  [{ name: 'helg', phases: [{ inNights: 2, homeNights: 5 }] }, 4],
];
/** Chosen: a new series starts in the first 7 weeks, in a window 0-14 days wide. */
export const SERIES_FIRST_START_BY_DAY = 49;
export const SERIES_WINDOW: Table<number> = [
  [0, 30],
  [3, 25],
  [7, 30],
  [14, 15],
];
/** Chosen: a user already in a rotation bed has a decided next date: a window of 0-3 days. */
export const CONTINUING_SERIES_WINDOW: Table<number> = [
  [0, 50],
  [1, 15],
  [2, 15],
  [3, 20],
];
export const SERIES_FLEX: Table<number> = [
  [0, 30],
  [1, 20],
  [2, 20],
  [3, 30],
];
/** A weekend stay arrives on a Friday and may move at most a day. */
export const WEEKEND_FLEX: Table<number> = [
  [0, 60],
  [1, 40],
];
