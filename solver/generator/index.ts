/**
 * The seeded instance generator: a municipality's short-term beds shaped on Bergen's figures
 * (shared/domain.md), with stays under way at the start, a request stream and rotation series that ask
 * for a little more than the free capacity (`load`). Pure: the same options give the same instance.
 */
import type { FixedStay, Instance, Request, Series } from '../formats.ts';
import { Calendar } from './calendar.ts';
import { generateFixedStays } from './fixed.ts';
import { emptyByKind, wardKinds } from './kinds.ts';
import { availableByKind } from './load.ts';
import { addOutOfService, addSummerClosures } from './outages.ts';
import { numberPeople, partnerPairCount } from './people.ts';
import { generateRequests } from './requests.ts';
import { generateSeries } from './series.ts';
import { stream } from './streams.ts';
import { buildBedTree, MIN_BEDS } from './tree.ts';

export interface GeneratorOptions {
  seed: number;
  /** Beds in all (the instance has this many). */
  beds: number;
  /** Nights in the horizon. */
  days: number;
  /** Offered / available bed-nights per ward kind: 1.1 asks for 10 % more than the free capacity. */
  load: number;
  /** First night of the horizon; default 2027-01-04, a Monday. */
  start?: string;
  /** Empty days a bed needs between two users; default 0. */
  turnoverDays?: number;
}

export const DEFAULT_START = '2027-01-04';

export { measureLoad, type KindLoad } from './load.ts';
export { kindOfTags, wardKinds, type WardKind } from './kinds.ts';
export { FIXTURES, fixtureText, type FixtureName } from './fixtures.ts';

function check(options: GeneratorOptions): void {
  const { seed, beds, days, load, turnoverDays = 0 } = options;
  if (!Number.isInteger(seed)) throw new Error('seed must be a whole number');
  if (!Number.isInteger(beds) || beds < MIN_BEDS)
    throw new Error(`beds must be a whole number ≥ ${MIN_BEDS}`);
  if (!Number.isInteger(days) || days < 7) throw new Error('days must be a whole number ≥ 7');
  if (!(load > 0 && Number.isFinite(load))) throw new Error('load must be a positive number');
  if (!Number.isInteger(turnoverDays) || turnoverDays < 0)
    throw new Error('turnoverDays must be a whole number ≥ 0');
}

export function generateInstance(options: GeneratorOptions): Instance {
  check(options);
  const { seed, beds, days, load, start = DEFAULT_START, turnoverDays = 0 } = options;
  const calendar = new Calendar(start, days);
  const horizon = { start: calendar.start, end: calendar.end };

  const tree = buildBedTree(stream(seed, 'tree'), beds);
  addSummerClosures(stream(seed, 'closures'), tree, calendar);
  addOutOfService(stream(seed, 'out-of-service'), tree, calendar);
  const fixed = generateFixedStays(stream(seed, 'fixed'), tree, calendar);

  const fixedSpans = fixed.stays.map((f) => ({
    id: '',
    personId: '',
    bedId: f.slot.bed.id,
    start: calendar.date(f.start),
    end: calendar.date(f.end),
  }));
  const available = availableByKind({ horizon, centres: tree.centres, fixed: fixedSpans });
  const targets = emptyByKind(() => 0);
  for (const kind of wardKinds) targets[kind] = load * available[kind].available;

  const pairs = partnerPairCount(beds);
  const series = generateSeries(stream(seed, 'series'), {
    tree,
    calendar,
    continuing: fixed.continuing,
    couples: Math.floor(pairs / 2),
    target: targets.rullering,
  });
  const requests = generateRequests(stream(seed, 'requests'), {
    tree,
    calendar,
    couples: Math.ceil(pairs / 2),
    targets,
  });

  const sortedSeries = series
    .map((s, i) => ({ s, i }))
    .sort((a, b) => a.s.earliest - b.s.earliest || a.i - b.i);
  const sortedRequests = requests
    .map((r, i) => ({ r, i }))
    .sort((a, b) => a.r.earliest - b.r.earliest || a.i - b.i);
  const people = numberPeople([
    ...fixed.stays.map((f) => f.person),
    ...sortedSeries.map(({ s }) => s.person),
    ...sortedRequests.map(({ r }) => r.person),
  ]);

  return {
    version: 1,
    horizon,
    turnoverDays,
    centres: tree.centres,
    people,
    requests: sortedRequests.map(({ r }, i): Request => ({
      id: `R${i + 1}`,
      personId: r.person.id,
      kind: r.kind,
      earliestStart: calendar.date(r.earliest),
      latestStart: calendar.date(r.latest),
      nights: r.nights,
      priority: r.priority,
      source: r.source,
      requiredTags: r.requiredTags,
      preferredCentres: r.preferredCentres,
    })),
    series: sortedSeries.map(({ s }, i): Series => ({
      id: `S${i + 1}`,
      personId: s.person.id,
      kind: 'rullering',
      phases: s.phases.map((p) => ({ ...p })),
      firstStart: { earliest: calendar.date(s.earliest), latest: calendar.date(s.latest) },
      until: calendar.end,
      flexDays: s.flexDays,
      requiredTags: ['rullering'],
      preferredCentres: s.preferredCentres,
      pins: [],
    })),
    fixed: fixed.stays.map((f, i): FixedStay => ({
      id: `F${i + 1}`,
      personId: f.person.id,
      bedId: f.slot.bed.id,
      start: calendar.date(f.start),
      end: calendar.date(f.end),
    })),
  };
}
