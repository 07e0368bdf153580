import { describe, expect, it } from 'vitest';
import { createEngine } from '../../solver/lp/index.ts';
import { compile } from '../../solver/model/compile.ts';
import { defaultWeights } from '../../solver/objective/weights.ts';
import { addRequests } from '../../solver/search/construct.ts';
import { guideStarts } from '../../solver/search/guide.ts';
import { State } from '../../solver/search/state.ts';
import { buildInstance, requestInput, wardInput } from '../support/builders.ts';

describe('start days from the aggregate model', () => {
  it('gives the flexible request the start after the fixed one, so both fit in one bed', async () => {
    const instance = buildInstance({
      wards: [wardInput('W1', ['korttid'], [1])],
      requests: [
        requestInput('R1', { nights: 7, earliestStart: '2027-01-04', latestStart: '2027-01-11' }),
        requestInput('R2', { nights: 7, earliestStart: '2027-01-04', latestStart: '2027-01-04' }),
      ],
    });
    const state = new State(compile(instance), defaultWeights);
    const requests = addRequests(state);
    const guide = await guideStarts(state, requests, await createEngine('highs'), 10);
    expect([...guide.starts].sort()).toEqual([
      [0, 7],
      [1, 0],
    ]);
  });

  it('lets a hospital discharge start on its earliest day rather than wait for a longer stay', async () => {
    const instance = buildInstance({
      wards: [wardInput('W1', ['korttid'], [1])],
      requests: [
        requestInput('R1', {
          source: 'hospital',
          nights: 7,
          earliestStart: '2027-01-04',
          latestStart: '2027-01-07',
        }),
        requestInput('R2', { nights: 7, earliestStart: '2027-01-04', latestStart: '2027-01-11' }),
      ],
    });
    const state = new State(compile(instance), defaultWeights);
    const guide = await guideStarts(state, addRequests(state), await createEngine('highs'), 10);
    expect(guide.starts.get(0)).toBe(0);
  });
});
