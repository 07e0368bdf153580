import { describe, expect, it } from 'vitest';
import { createHighsEngine } from '../../solver/lp/index.ts';
import { compile } from '../../solver/model/compile.ts';
import { weightsSchema } from '../../solver/objective/weights.ts';
import { PackingRows } from '../../solver/search/packing.ts';
import { packSeries } from '../../solver/search/seriesPacking.ts';
import { State } from '../../solver/search/state.ts';
import { solve } from '../../solver/solve.ts';
import { buildInstance, wardInput } from '../support/builders.ts';

/**
 * One bed over 126 nights and three 3-in-6-out series that may start any day of the first six weeks: all
 * six occurrences fit only with anchors 21 days apart (4 and 25 January, 15 February).
 */
function threeSeriesOnOneBed(pins: Record<string, unknown>[] = []) {
  return buildInstance({
    horizon: { start: '2027-01-04', end: '2027-05-10' },
    wards: [wardInput('W1', [], [1])],
    series: ['S1', 'S2', 'S3'].map((id, k) => ({
      id,
      personId: `P${k + 1}`,
      phases: [{ inNights: 21, homeNights: 42 }],
      firstStart: { earliest: '2027-01-04', latest: '2027-02-15' },
      until: '2027-05-10',
      flexDays: 0,
      pins: id === 'S1' ? pins : [],
    })),
  });
}

const stateOf = (instance: ReturnType<typeof buildInstance>) =>
  new State(compile(instance), weightsSchema.parse({}));

describe('series packing', () => {
  it('gives three series anchors 21 days apart so they share one bed', async () => {
    const state = stateOf(threeSeriesOnOneBed());
    const choices = await packSeries(state, createHighsEngine(), { nodeLimit: 500 });
    const anchors = [...choices.values()].map((c) => c.anchor).sort((a, b) => a - b);
    const { days } = state.model;
    expect(anchors).toEqual([days.of('2027-01-04'), days.of('2027-01-25'), days.of('2027-02-15')]);
  });

  it('leaves a pinned series to the greedy', async () => {
    const state = stateOf(threeSeriesOnOneBed([{ occurrence: 0, start: '2027-01-04' }]));
    const choices = await packSeries(state, createHighsEngine(), { nodeLimit: 500 });
    expect([...choices.keys()].sort()).toEqual(['S2', 'S3']);
  });

  it('lets solve place every occurrence of the three series on the one bed', async () => {
    const { plan } = await solve(threeSeriesOnOneBed(), { maxIterations: 200, seed: 1 });
    expect(plan.stays.map((s) => s.start).sort()).toEqual([
      '2027-01-04',
      '2027-01-25',
      '2027-02-15',
      '2027-03-08',
      '2027-03-29',
      '2027-04-19',
    ]);
  });
});

describe('greedy packing start', () => {
  it('takes no column that shares a bed-night with one taken before', () => {
    const state = stateOf(
      buildInstance({ wards: [wardInput('W1', [], [1])], people: [{ id: 'P', sex: 'F' }] }),
    );
    const rows = new PackingRows(state);
    rows.add(0, 'A', 0, 0, 5, false);
    rows.add(1, 'B', 0, 3, 8, false);
    rows.add(2, 'C', 0, 5, 9, false);
    expect([...rows.greedy([0, 1, 2])]).toEqual([0, 2]);
  });

  it('takes no column that puts a second sex in a shared room that night', () => {
    const state = stateOf(
      buildInstance({
        wards: [wardInput('W1', [], [2])],
        people: [
          { id: 'F1', sex: 'F' },
          { id: 'M1', sex: 'M' },
          { id: 'F2', sex: 'F' },
        ],
      }),
    );
    const rows = new PackingRows(state);
    rows.add(0, 'F1', 0, 0, 7);
    rows.add(1, 'M1', 1, 3, 10);
    rows.add(2, 'F2', 1, 7, 10);
    expect([...rows.greedy([0, 1, 2])]).toEqual([0, 2]);
  });

  it('takes no column the caller excludes', () => {
    const state = stateOf(
      buildInstance({ wards: [wardInput('W1', [], [1, 1])], people: [{ id: 'P', sex: 'F' }] }),
    );
    const rows = new PackingRows(state);
    rows.add(0, 'P', 0, 0, 5, false);
    rows.add(1, 'P', 1, 10, 15, false);
    expect([...rows.greedy([0, 1], (_, taken) => taken.size > 0)]).toEqual([0]);
  });
});
