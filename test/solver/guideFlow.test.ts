import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { boundData, buildBoundLp, components, type DemandGroup } from '../../solver/bound/index.ts';
import { instance as instanceSchema, type Instance } from '../../solver/formats.ts';
import { generateInstance } from '../../solver/generator/index.ts';
import { createEngine } from '../../solver/lp/index.ts';
import { compile } from '../../solver/model/compile.ts';
import { defaultWeights } from '../../solver/objective/weights.ts';
import { addRequests } from '../../solver/search/construct.ts';
import { guideColumnCost, guideCosts } from '../../solver/search/guide.ts';
import { buildFlowLp, flowParts, guideFlow } from '../../solver/search/guideFlow.ts';
import { State } from '../../solver/search/state.ts';
import { buildInstance, requestInput, wardInput } from '../support/builders.ts';

/** The hand-made fixture and a generated one of several ward kinds, small enough to solve exactly in a test. */
const cases: Record<string, () => Instance> = {
  'fixtures/tiny.json': () => instanceSchema.parse(JSON.parse(readFileSync('fixtures/tiny.json', 'utf8'))),
  'a generated instance of 24 beds over 8 weeks': () =>
    generateInstance({ seed: 7, beds: 24, days: 56, load: 1.1 }),
};

const stateOf = (name: string) => {
  const state = new State(compile((cases[name] as () => Instance)()), defaultWeights);
  return { state, items: addRequests(state) };
};

const partKey = (classes: { tags: string[] }[]) => classes.map((c) => c.tags.join('+')).join(' ');

/** guide.ts's 'stay' LP: one column per item, class and start, one row entry per night it covers. */
function coverProblems(state: State, items: number[]) {
  const data = boundData(state.model.instance);
  const H = data.horizonNights;
  const groups: (DemandGroup & { item: number })[] = [];
  for (const i of items) {
    const item = state.items[i]!;
    const classes = data.classes.flatMap((c, g) =>
      item.requiredTags.every((t) => c.tags.includes(t)) ? [g] : [],
    );
    const first = Math.max(item.earliest, 1 - item.nights);
    const last = Math.min(item.latest, H - 1);
    if (classes.length > 0 && first <= last)
      groups.push({ classes, first, last, nights: item.nights, count: 1, item: i });
  }
  const problems = new Map<string, ReturnType<typeof buildBoundLp>['problem']>();
  for (const part of components({ ...data, groups, series: [] })) {
    if (part.groups.length === 0) continue;
    const { problem } = buildBoundLp(part, 'stay');
    let at = 0;
    for (const group of part.groups as typeof groups) {
      const item = state.items[group.item]!;
      const costs = guideCosts(state.weights, item);
      for (const _ of group.classes)
        for (let s = group.first; s <= group.last; s++, at++)
          problem.colCost[at] = guideColumnCost(costs, item.nights, problem.colCost[at]!, s - item.waitFrom);
    }
    problems.set(partKey(part.classes), problem);
  }
  return problems;
}

describe.each(Object.keys(cases))('the flow form of the guide on %s', (name) => {
  it('has the optimum of the cover form in every independent part', async () => {
    const { state, items } = stateOf(name);
    const engine = await createEngine('highs');
    const cover = coverProblems(state, items);
    const parts = flowParts(state, items).filter((part) => part.groups.length > 0);
    expect(parts.map((part) => partKey(part.classes)).sort()).toEqual([...cover.keys()].sort());
    for (const part of parts) {
      const flow = await engine.solve(buildFlowLp(part).problem, { timeLimitSeconds: 60 });
      const reference = await engine.solve(cover.get(partKey(part.classes))!, { timeLimitSeconds: 60 });
      expect([flow.status, reference.status]).toEqual(['optimal', 'optimal']);
      expect(Math.abs(flow.objective - reference.objective)).toBeLessThanOrEqual(
        1e-6 * Math.max(1, Math.abs(reference.objective)),
      );
    }
  });

  it('gives every item it takes a start in its window and a class with its tags', async () => {
    const { state, items } = stateOf(name);
    const guide = await guideFlow(state, items, await createEngine('highs'), 60);
    const H = state.model.horizonNights;
    const wrong = [...guide.starts].filter(([i, start]) => {
      const item = state.items[i]!;
      const tags = guide.classOf.get(i) ?? [];
      return (
        start < Math.max(item.earliest, 1 - item.nights) ||
        start > Math.min(item.latest, H - 1) ||
        !item.requiredTags.every((t) => tags.includes(t))
      );
    });
    expect(guide.starts.size).toBeGreaterThan(0);
    expect([...guide.classOf.keys()].sort()).toEqual([...guide.starts.keys()].sort());
    expect(wrong).toEqual([]);
  });
});

describe('start days from the flow form', () => {
  it('gives the flexible request the start after the fixed one, so both fit in one bed', async () => {
    const instance = buildInstance({
      wards: [wardInput('W1', ['korttid'], [1])],
      requests: [
        requestInput('R1', { nights: 7, earliestStart: '2027-01-04', latestStart: '2027-01-11' }),
        requestInput('R2', { nights: 7, earliestStart: '2027-01-04', latestStart: '2027-01-04' }),
      ],
    });
    const state = new State(compile(instance), defaultWeights);
    const guide = await guideFlow(state, addRequests(state), await createEngine('highs'), 10);
    expect([...guide.starts].sort()).toEqual([
      [0, 7],
      [1, 0],
    ]);
  });

  it('hands the starts of identical requests out one each, the most urgent first', async () => {
    const request = { nights: 7, earliestStart: '2027-01-04', latestStart: '2027-01-11' };
    const instance = buildInstance({
      wards: [wardInput('W1', ['korttid'], [1])],
      requests: [
        requestInput('R1', { ...request, priority: 3 }),
        requestInput('R2', { ...request, priority: 1 }),
      ],
    });
    const state = new State(compile(instance), defaultWeights);
    const guide = await guideFlow(state, addRequests(state), await createEngine('highs'), 10);
    expect([...guide.starts].sort()).toEqual([
      [0, 7],
      [1, 0],
    ]);
  });
});
