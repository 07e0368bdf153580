/**
 * Rotation series (rullering): one user each on rotation beds, in the patterns Bergen uses (3-6 most,
 * 3-3, the relief staircase 1-6 → 2-6 → 3-6, 1-3, weekends). Users already in a rotation bed go on with
 * their pattern; new users start within the first weeks. Series are added until the rotation beds are
 * asked for `target` nights.
 */
import type { Phase } from '../formats.ts';
import type { Random } from '../random.ts';
import {
  CONTINUING_SERIES_WINDOW,
  MAX_MISSES,
  PREFERRED_CENTRE_SHARE,
  SERIES_FIRST_START_BY_DAY,
  SERIES_FLEX,
  SERIES_PATTERNS,
  SERIES_WINDOW,
  WEEKEND_FLEX,
} from './calibration.ts';
import type { Calendar } from './calendar.ts';
import type { ContinuingUser } from './fixed.ts';
import { occurrences } from './load.ts';
import { newCouple, newPerson, type PersonDraft } from './people.ts';
import { draw } from './streams.ts';
import type { BedTree } from './tree.ts';

export interface SeriesDraft {
  person: PersonDraft;
  phases: Phase[];
  /** Night numbers of the first start window. */
  earliest: number;
  latest: number;
  flexDays: number;
  preferredCentres: string[];
}

const FRIDAY = 4;

/** Nights the series asks for inside the horizon when it starts on its earliest date. */
export function seriesNights(phases: readonly Phase[], earliest: number, days: number): number {
  let nights = 0;
  for (const [start, n] of occurrences(phases, earliest, days)) nights += Math.min(n, days - start);
  return nights;
}

const isWeekend = (phases: readonly Phase[]) => phases.length === 1 && (phases[0] as Phase).inNights <= 2;

export interface SeriesContext {
  tree: BedTree;
  calendar: Calendar;
  continuing: readonly ContinuingUser[];
  /** Couples who rotate together (both series alike). */
  couples: number;
  /** Offered rotation nights to reach. */
  target: number;
}

export function generateSeries(random: Random, ctx: SeriesContext): SeriesDraft[] {
  const { calendar } = ctx;
  const days = calendar.days;
  const centres = ctx.tree.centres
    .filter((c) => c.wards.some((w) => ctx.tree.wardKind.get(w.id) === 'rullering'))
    .map((c) => c.id);
  const flex = (phases: readonly Phase[]) => draw(random, isWeekend(phases) ? WEEKEND_FLEX : SERIES_FLEX);

  const all: SeriesDraft[] = [];
  let offered = 0;
  for (const user of ctx.continuing) {
    const earliest = user.plannedEnd + (user.phases[0] as Phase).homeNights;
    if (earliest >= days) continue;
    const latest = Math.min(days - 1, earliest + draw(random, CONTINUING_SERIES_WINDOW));
    const phases = user.phases;
    all.push({
      person: user.person,
      phases,
      earliest,
      latest,
      flexDays: flex(phases),
      preferredCentres: [user.centreId],
    });
    offered += seriesNights(phases, earliest, days);
  }

  /** A new series (for one person, or for a couple alike). */
  const next = (people: PersonDraft[]): SeriesDraft[] => {
    const phases = draw(random, SERIES_PATTERNS).phases;
    let width = draw(random, SERIES_WINDOW);
    let earliest = random.int(0, Math.max(0, Math.min(SERIES_FIRST_START_BY_DAY, days - 1) - width));
    if (isWeekend(phases)) {
      width = width >= 7 ? 7 : 0;
      const back = (calendar.weekday(earliest) - FRIDAY + 7) % 7;
      earliest = earliest >= back ? earliest - back : earliest + ((7 - back) % 7);
    }
    const latest = Math.min(days - 1, earliest + width);
    const flexDays = flex(phases);
    const preferredCentres =
      centres.length > 0 && random.chance(PREFERRED_CENTRE_SHARE) ? [random.pick(centres)] : [];
    return people.map((person) => ({
      person,
      phases,
      earliest,
      latest,
      flexDays,
      preferredCentres: [...preferredCentres],
    }));
  };

  let couples = ctx.couples;
  for (let misses = 0; misses < MAX_MISSES;) {
    const drafts = next(couples > 0 ? newCouple() : [newPerson(random)]).filter((d) => d.earliest < days);
    const add = drafts.reduce((sum, d) => sum + seriesNights(d.phases, d.earliest, days), 0);
    if (add === 0 || Math.abs(offered + add - ctx.target) >= Math.abs(offered - ctx.target)) {
      misses += 1;
      continue;
    }
    if (drafts.length === 2) couples -= 1;
    all.push(...drafts);
    offered += add;
  }
  return all;
}
