import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../solver/checker/index.ts';
import type { Instance } from '../../solver/formats.ts';
import { createEngine } from '../../solver/lp/index.ts';
import { compile } from '../../solver/model/compile.ts';
import { weightsSchema } from '../../solver/objective/weights.ts';
import { addRequests } from '../../solver/search/construct.ts';
import { Journal } from '../../solver/search/journal.ts';
import { toPlan } from '../../solver/search/output.ts';
import { State } from '../../solver/search/state.ts';
import { solveWindow, type WindowLimits } from '../../solver/search/window.ts';
import { buildInstance, requestInput, wardInput } from '../support/builders.ts';

const limits: WindowLimits = { nodeLimit: 1000, maxColumns: 10_000 };
const day = (n: number) => `2027-01-${String(4 + n).padStart(2, '0')}`;

/** A state with the instance's requests as items, placed where `at` says (request id → bed id and night). */
function stateWith(instance: Instance, at: Record<string, [string, number]>) {
  const state = new State(compile(instance), weightsSchema.parse({}));
  addRequests(state);
  for (const item of state.items) {
    const where = at[item.label];
    if (where) state.place(item.index, state.model.bedIndex.get(where[0]) as number, where[1]);
  }
  return state;
}

const waitingOf = (state: State) => state.items.filter((i) => !state.isPlaced(i.index)).map((i) => i.index);
const placementOf = (state: State, label: string) => {
  const item = state.items.find((i) => i.label === label);
  if (!item || !state.isPlaced(item.index)) return null;
  return [state.bedInfo(state.bedOf[item.index] as number).id, state.startOf[item.index]];
};

async function run(state: State, beds: string[], from: number, to: number) {
  const journal = new Journal(state);
  const outcome = await solveWindow(
    state,
    journal,
    await createEngine('highs'),
    { beds: beds.map((b) => state.model.bedIndex.get(b) as number), from, to },
    waitingOf(state),
    limits,
  );
  journal.commit();
  return outcome;
}

/** One bed, 14 nights: a flexible week placed in the middle, and a week that can only start on night 7. */
function squeezed() {
  return buildInstance({
    horizon: { start: day(0), end: day(14) },
    wards: [wardInput('W1', ['korttid'], [1])],
    requests: [
      requestInput('FLEX', { earliestStart: day(0), latestStart: day(7) }),
      requestInput('LATE', { earliestStart: day(7), latestStart: day(7) }),
    ],
  });
}

describe('exact re-placement of a window by MILP', () => {
  it('moves a placed stay aside so that a waiting request fits behind it', async () => {
    const state = stateWith(squeezed(), { FLEX: ['W1-R1-B1', 3] });
    const before = state.score;
    const outcome = await run(state, ['W1-R1-B1'], 0, 14);
    expect(placementOf(state, 'FLEX')).toEqual(['W1-R1-B1', 0]);
    expect(placementOf(state, 'LATE')).toEqual(['W1-R1-B1', 7]);
    expect(outcome.gain).toBe(before - state.score);
    expect(outcome.freed).toBe(1);
  });

  it('scores the new placements exactly as placing them from scratch would', async () => {
    const state = stateWith(squeezed(), { FLEX: ['W1-R1-B1', 3] });
    await run(state, ['W1-R1-B1'], 0, 14);
    const fresh = stateWith(squeezed(), { FLEX: ['W1-R1-B1', 0], LATE: ['W1-R1-B1', 7] });
    expect(state.score).toBe(fresh.score);
  });

  it('leaves the plan as it was when nothing in the window can do better', async () => {
    const state = stateWith(squeezed(), { FLEX: ['W1-R1-B1', 0], LATE: ['W1-R1-B1', 7] });
    const before = state.score;
    const outcome = await run(state, ['W1-R1-B1'], 0, 14);
    expect(outcome.gain).toBe(0);
    expect(state.score).toBe(before);
    expect(placementOf(state, 'FLEX')).toEqual(['W1-R1-B1', 0]);
  });

  it('leaves stays that reach outside the window where they are', async () => {
    const state = stateWith(squeezed(), { FLEX: ['W1-R1-B1', 3] });
    const outcome = await run(state, ['W1-R1-B1'], 7, 14);
    expect(outcome.freed).toBe(0);
    expect(placementOf(state, 'FLEX')).toEqual(['W1-R1-B1', 3]);
    expect(placementOf(state, 'LATE')).toBeNull();
  });

  it('never puts a woman and a man in one room on the same night', async () => {
    const instance = buildInstance({
      horizon: { start: day(0), end: day(14) },
      wards: [wardInput('W1', ['korttid'], [2])],
      people: [
        { id: 'P-HER', sex: 'F' },
        { id: 'P-HIM', sex: 'M' },
      ],
      requests: [requestInput('HER', { nights: 14 }), requestInput('HIM', { nights: 14 })],
    });
    const state = stateWith(instance, {});
    await run(state, ['W1-R1-B1', 'W1-R1-B2'], 0, 14);
    const placed = ['HER', 'HIM'].filter((label) => placementOf(state, label) !== null);
    expect(placed).toHaveLength(1);
    expect(checkPlan(instance, toPlan(state, {})).valid).toBe(true);
  });

  it('keeps a ward within the beds it is staffed for', async () => {
    const instance = buildInstance({
      horizon: { start: day(0), end: day(14) },
      wards: [wardInput('W1', ['korttid'], [1, 1], { capacity: [{ start: day(0), end: day(14), beds: 1 }] })],
      requests: [requestInput('A', { nights: 14 }), requestInput('B', { nights: 14 })],
    });
    const state = stateWith(instance, {});
    await run(state, ['W1-R1-B1', 'W1-R2-B1'], 0, 14);
    expect(['A', 'B'].filter((label) => placementOf(state, label) !== null)).toHaveLength(1);
    expect(checkPlan(instance, toPlan(state, {})).valid).toBe(true);
  });

  it('never starts a placed hospital discharge later than it was', async () => {
    const instance = buildInstance({
      horizon: { start: day(0), end: day(14) },
      wards: [wardInput('W1', ['korttid'], [1])],
      requests: [
        requestInput('HOSP', { earliestStart: day(0), latestStart: day(7), source: 'hospital' }),
        requestInput('EARLY', { earliestStart: day(0), latestStart: day(0), nights: 7, priority: 1 }),
      ],
    });
    const state = stateWith(instance, { HOSP: ['W1-R1-B1', 0] });
    await run(state, ['W1-R1-B1'], 0, 14);
    expect(placementOf(state, 'HOSP')).toEqual(['W1-R1-B1', 0]);
    expect(placementOf(state, 'EARLY')).toBeNull();
  });
});
