/**
 * Each search move keeps the score it changes incrementally equal to what `explain` computes from scratch:
 * on a generated instance (seeded) with a constructed first plan, every applied move's score change is
 * `explain`'s total after it minus its total before.
 */
import { describe, expect, it } from 'vitest';
import type { Instance } from '../../solver/formats.ts';
import { generateInstance } from '../../solver/generator/index.ts';
import { createEngine } from '../../solver/lp/index.ts';
import { compile } from '../../solver/model/compile.ts';
import { explain } from '../../solver/objective/explain.ts';
import { defaultWeights } from '../../solver/objective/weights.ts';
import { createRandom, type Random } from '../../solver/random.ts';
import { addRequests, construct } from '../../solver/search/construct.ts';
import { Journal } from '../../solver/search/journal.ts';
import { insertWithEjection, relocate, remove, swapBeds } from '../../solver/search/moves.ts';
import { toPlan } from '../../solver/search/output.ts';
import { ruinAndRecreate } from '../../solver/search/ruin.ts';
import { pickWindow } from '../../solver/search/schedule.ts';
import { moveSeriesToBed } from '../../solver/search/seriesMoves.ts';
import { State } from '../../solver/search/state.ts';
import { solveWindow } from '../../solver/search/window.ts';
import { buildInstance, wardInput } from '../support/builders.ts';

/** How many applied moves of each kind are checked. */
const MOVES = 12;
/** How many tries a move gets to apply that many times (most tries of some moves change nothing). */
const TRIES = 2_000;

const instance: Instance = generateInstance({ seed: 11, beds: 24, days: 56, load: 1.1 });

function constructed(): State {
  const state = new State(compile(instance), defaultWeights);
  construct(state, addRequests(state));
  return state;
}

/** The constructed plan with every third placed request from home taken out: room to fill again. */
function thinned(): State {
  const state = constructed();
  const home = placedOf(state).filter((i) => state.items[i]?.source === 'home');
  home.forEach((i, k) => k % 3 === 0 && state.unplace(i));
  return state;
}

const explained = (state: State) => explain(instance, toPlan(state, {})).total;
const unplacedOf = (state: State) => state.items.filter((i) => !state.isPlaced(i.index)).map((i) => i.index);
const placedOf = (state: State) => state.items.filter((i) => state.isPlaced(i.index)).map((i) => i.index);

type Move = (state: State, journal: Journal, random: Random) => boolean | Promise<boolean>;

interface Goal {
  /** Applied moves to check at least. */
  applied: number;
  /** Of them, moves that change the score, at least. */
  changed: number;
  start: () => State;
}

/**
 * Applies the move (with a seeded random) until the goal is met or it has had TRIES tries, keeping every
 * change it makes; returns the state's score change beside explain's difference for each applied move.
 */
async function scoreChanges(move: Move, goal: Goal): Promise<{ incremental: number; explained: number }[]> {
  const state = goal.start();
  const journal = new Journal(state);
  const random = createRandom(5);
  const changes: { incremental: number; explained: number }[] = [];
  const met = () =>
    changes.length >= goal.applied && changes.filter((c) => c.incremental !== 0).length >= goal.changed;
  let before = { score: state.score, explained: explained(state) };
  for (let tries = 0; tries < TRIES && !met(); tries++) {
    if (!(await move(state, journal, random))) {
      journal.undo();
      continue;
    }
    journal.commit();
    const after = { score: state.score, explained: explained(state) };
    changes.push({ incremental: after.score - before.score, explained: after.explained - before.explained });
    before = after;
  }
  return changes;
}

async function expectExplainedChanges(move: Move, goal: Partial<Goal> = {}): Promise<void> {
  const full: Goal = { applied: MOVES, changed: MOVES, start: constructed, ...goal };
  const changes = await scoreChanges(move, full);
  expect(changes.length).toBeGreaterThanOrEqual(full.applied);
  expect(changes.filter((c) => c.incremental !== 0).length).toBeGreaterThanOrEqual(full.changed);
  for (const change of changes) expect(change.incremental).toBeCloseTo(change.explained, 3);
}

describe('every search move changes the score by what explain computes before and after it', () => {
  it('inserting a waiting stay and ejecting what is in its way', async () => {
    await expectExplainedChanges((state, journal, random) => {
      const unplaced = unplacedOf(state);
      return unplaced.length > 0 && insertWithEjection(state, journal, random, random.pick(unplaced));
    });
  });

  it('relocating a placed stay to another bed and start', async () => {
    await expectExplainedChanges((state, journal, random) =>
      relocate(state, journal, random, random.pick(placedOf(state))),
    );
  });

  // A swap keeps both stays' nights, so only a centre preference can change the score; on this instance no
  // swap across centres fits (none in 2,000 tries), so every swap must leave explain's total as it was.
  it('swapping the beds of two placed stays', async () => {
    await expectExplainedChanges(
      (state, journal, random) => {
        const placed = placedOf(state);
        const i = random.pick(placed);
        const bed = state.bedOf[i] as number;
        const partners = placed.filter((j) => state.bedOf[j] !== bed && state.items[j]?.beds.includes(bed));
        return partners.length > 0 && swapBeds(state, journal, i, random.pick(partners));
      },
      { changed: 0 },
    );
  });

  it('removing a placed stay', async () => {
    await expectExplainedChanges((state, journal, random) =>
      remove(state, journal, random.pick(placedOf(state))),
    );
  });

  // On this instance the third series move ejects S4's first stay: the plan is then read from an earlier
  // anchor with one more stay (its 268,800 are charged by the state as by explain).
  it('moving a whole rotation series onto one bed', async () => {
    const seriesIds = instance.series.map((s) => s.id);
    expect(seriesIds.length).toBeGreaterThan(0);
    await expectExplainedChanges((state, journal, random) =>
      moveSeriesToBed(state, journal, random, random.pick(seriesIds)),
    );
  });

  it('ruining a ward over some weeks and filling it again', async () => {
    await expectExplainedChanges(
      (state, journal, random) => ruinAndRecreate(state, journal, random, unplacedOf(state)),
      { changed: 3, start: thinned },
    );
  });

  it('re-placing the stays of a window exactly', async () => {
    const engine = await createEngine('highs');
    await expectExplainedChanges(
      async (state, journal, random) => {
        const window = pickWindow(state, random, 200);
        const outcome = await solveWindow(state, journal, engine, window, unplacedOf(state), {
          nodeLimit: 50,
          maxColumns: 1_500,
        });
        return outcome.gain > 0;
      },
      { applied: 4, changed: 4 },
    );
  });
});

/**
 * One bed; fixed stays up to 8 January and from 30 January leave anchor 8 January the only one holding two
 * stays of a 7-in, 7-home series (4-11 January, until 4 February), its second stay on 22 January. Without
 * the first stay the plan is read from 6 January, which has a third stay on 3 February.
 */
const earlierAnchor: Instance = buildInstance({
  wards: [wardInput('W1', [], [1])],
  fixed: [
    { id: 'F1', personId: 'PF1', bedId: 'W1-R1-B1', start: '2027-01-04', end: '2027-01-08' },
    { id: 'F2', personId: 'PF2', bedId: 'W1-R1-B1', start: '2027-01-30', end: '2027-02-10' },
  ],
  series: [
    {
      id: 'S1',
      personId: 'P1',
      phases: [{ inNights: 7, homeNights: 7 }],
      firstStart: { earliest: '2027-01-04', latest: '2027-01-11' },
      until: '2027-02-04',
      flexDays: 2,
      pins: [],
    },
  ],
});

describe('the score counts the stays a reader of the plan derives from an earlier anchor', () => {
  it('removing a series first stay charges the extra stay its earlier anchor has, as explain does', () => {
    const state = new State(compile(earlierAnchor), defaultWeights);
    construct(state, addRequests(state));
    const [first, second] = state.seriesGroup('S1');
    const read = () => explain(earlierAnchor, toPlan(state, {})).total;
    expect([state.startOf[first as number], state.startOf[second as number]]).toEqual([4, 18]);
    const before = { score: state.score, explained: read() };

    expect(remove(state, new Journal(state), first as number)).toBe(true);

    const unplaced = toPlan(state, {}).unplaced.map((u) =>
      'occurrence' in u ? [u.occurrence, u.why?.code] : [],
    );
    expect(unplaced).toEqual([
      [0, 'noFreeBed'],
      [2, 'laterFirstStart'],
    ]);
    expect(state.score - before.score).toBeCloseTo(read() - before.explained, 3);
  });
});
