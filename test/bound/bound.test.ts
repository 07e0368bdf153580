import { describe, expect, it } from 'vitest';
import { upperBound } from '../../solver/bound/index.ts';
import { checkPlan } from '../../solver/checker/index.ts';
import { plan as planSchema, type Instance } from '../../solver/formats.ts';
import { createEngine, type LpEngine, type LpSolution } from '../../solver/lp/index.ts';
import { buildInstance, requestInput, wardInput } from '../support/builders.ts';

// Horizon: ten nights, night t is 2027-01-(04 + t).
const horizon = { start: '2027-01-04', end: '2027-01-14' };
const day = (t: number) => `2027-01-${String(4 + t).padStart(2, '0')}`;
const request = (id: string, first: number, last: number, nights: number, fields = {}) =>
  requestInput(id, { earliestStart: day(first), latestStart: day(last), nights, ...fields });
/** One korttid ward with two beds in one room. */
const twoBeds = (extra = {}) => wardInput('W1', ['korttid'], [2], extra);
/** Twenty one-night requests that may come any night: enough to fill every free bed-night. */
const flood = () => Array.from({ length: 20 }, (_, i) => request(`F${i}`, 0, 9, 1));

const highs = () => createEngine('highs');

async function bound(instance: Instance, engine?: LpEngine) {
  return upperBound(instance, engine ?? (await highs()));
}

describe('upperBound on hand-made instances', () => {
  it('bounds two beds over ten nights by the stays that fit in them', async () => {
    // Three 8-night stays, each starting night 0, 1 or 2. With A, B, C the amounts starting on 0, 1, 2:
    // nights 2..7 are covered by all of them, so A + B + C <= 2 beds, and the objective 8(A + B + C) <= 16.
    // (Each night alone would allow min(2 beds, 3 stays) = 2, i.e. 20: the LP is tighter.)
    const instance = buildInstance({
      horizon,
      wards: [twoBeds()],
      requests: [request('R1', 0, 2, 8), request('R2', 0, 2, 8), request('R3', 0, 2, 8)],
    });
    const result = await bound(instance);
    expect(result.occupiedBedNights).toBe(16);
    expect(result.trivialBedNights).toBe(20);
    expect(result.status).toBe('optimal');
  });

  it('counts every night of requests that all fit', async () => {
    // 4 + 3 nights in 2 beds x 10 nights.
    const instance = buildInstance({
      horizon,
      wards: [twoBeds()],
      requests: [request('R1', 0, 0, 4), request('R2', 5, 6, 3)],
    });
    expect((await bound(instance)).occupiedBedNights).toBe(7);
  });

  it('fills every free bed-night when demand floods', async () => {
    // 2 beds x 10 nights = 20 bed-nights, 20 one-night requests.
    const instance = buildInstance({ horizon, wards: [twoBeds()], requests: flood() });
    expect((await bound(instance)).occupiedBedNights).toBe(20);
  });

  it('lowers the bound by exactly the bed-nights of a ward closure', async () => {
    // Closure of nights 4, 5, 6 in a ward of 2 beds: 20 - 2 x 3 = 14.
    const instance = buildInstance({
      horizon,
      wards: [twoBeds({ closures: [{ start: day(4), end: day(7) }] })],
      requests: flood(),
    });
    expect((await bound(instance)).occupiedBedNights).toBe(14);
  });

  it('lowers the bound by exactly the nights a bed is out of service', async () => {
    // One bed out nights 0, 1: 20 - 2 = 18.
    const ward = {
      id: 'W1',
      tags: ['korttid'],
      rooms: [
        {
          id: 'W1-R1',
          beds: [{ id: 'W1-R1-B1', outOfService: [{ start: day(0), end: day(2) }] }, { id: 'W1-R1-B2' }],
        },
      ],
    };
    const instance = buildInstance({ horizon, wards: [ward], requests: flood() });
    expect((await bound(instance)).occupiedBedNights).toBe(18);
  });

  it('counts the horizon nights of a fixed stay in fixedNights', async () => {
    // F1 from 2026-12-30 to 2027-01-07: nights 0, 1, 2 are in the horizon.
    const instance = buildInstance({
      horizon,
      wards: [twoBeds()],
      fixed: [{ id: 'F1', personId: 'P-X1', bedId: 'W1-R1-B1', start: '2026-12-30', end: day(3) }],
    });
    const result = await bound(instance);
    expect(result.fixedNights).toBe(3);
    expect(result.occupiedBedNights).toBe(3);
  });

  it('leaves the nights of a fixed stay out of the free capacity', async () => {
    // 20 bed-nights, 3 held by F1: plan stays fill at most 17, so the bound is 3 + 17 = 20, not 23.
    const instance = buildInstance({
      horizon,
      wards: [twoBeds()],
      requests: flood(),
      fixed: [{ id: 'F1', personId: 'P-X1', bedId: 'W1-R1-B1', start: '2026-12-30', end: day(3) }],
    });
    expect((await bound(instance)).occupiedBedNights).toBe(20);
  });

  it('does not count a fixed stay on nights its ward is closed, as the checker does not', async () => {
    // F1 nights 0..4 (5), ward closed nights 3..9: only nights 0, 1, 2 count.
    const instance = buildInstance({
      horizon,
      wards: [twoBeds({ closures: [{ start: day(3), end: day(10) }] })],
      fixed: [{ id: 'F1', personId: 'P-X1', bedId: 'W1-R1-B1', start: day(0), end: day(5) }],
    });
    expect((await bound(instance)).fixedNights).toBe(3);
  });

  it('adds nothing for a request needing a tag no bed has', async () => {
    // Same as "counts every night of requests that all fit" (7) plus a bariatric request.
    const instance = buildInstance({
      horizon,
      wards: [twoBeds()],
      requests: [
        request('R1', 0, 0, 4),
        request('R2', 5, 6, 3),
        request('R3', 0, 0, 5, { requiredTags: ['korttid', 'bariatrisk'] }),
      ],
    });
    const result = await bound(instance);
    expect(result.occupiedBedNights).toBe(7);
  });

  it('counts the nights of every occurrence a series can have', async () => {
    // 2 in, 3 home from night 0, until night 10: occurrences at 0 and 5 (10 is not before until): 2 + 2.
    const instance = buildInstance({
      horizon,
      wards: [wardInput('W2', ['rullering'], [1])],
      series: [
        {
          id: 'S1',
          personId: 'P-S1',
          phases: [{ inNights: 2, homeNights: 3 }],
          firstStart: { earliest: day(0), latest: day(0) },
          until: '2027-01-14',
          requiredTags: ['rullering'],
        },
      ],
    });
    expect((await bound(instance)).occupiedBedNights).toBe(4);
  });

  it('counts only the nights of a stay inside the horizon', async () => {
    // R1 from night -2 for 5 nights: nights 0, 1, 2. R2 from night 8 for 5 nights: nights 8, 9.
    const instance = buildInstance({
      horizon,
      wards: [twoBeds()],
      requests: [request('R1', -2, -2, 5), request('R2', 8, 8, 5)],
    });
    expect((await bound(instance)).occupiedBedNights).toBe(5);
  });

  it('merges requests of one shape into one group', async () => {
    const instance = buildInstance({ horizon, wards: [twoBeds()], requests: flood() });
    const result = await bound(instance);
    expect(result.demands).toBe(20);
    expect(result.demandGroups).toBe(1);
  });

  it('solves classes no demand links as separate parts, each floored on its own', async () => {
    // Per kind one bed, free nights 0..3 (closed 4..9); A stays 3 nights from night 0 or 1, B 2 nights
    // from 0, 1 or 2. By symmetry take a0 = a1 = a, b0 = b2 = b, b1 = c: night 1 gives 2a + b + c <= 1,
    // B's row 2b + c <= 1, so 6a + 4b + 2c = 3(2a + b + c) + b - c <= 3 + 1/2: each LP is 3.5 (a = 1/4,
    // b = 1/2). Floored per part 3 + 3 = 6, where the sum 7 would give 7.
    const closed = { closures: [{ start: day(4), end: '2027-01-14' }] };
    const kind = (tag: string, id: string) => [
      request(`${id}A`, 0, 1, 3, { requiredTags: [tag] }),
      request(`${id}B`, 0, 2, 2, { requiredTags: [tag] }),
    ];
    const instance = buildInstance({
      horizon,
      wards: [wardInput('W1', ['korttid'], [1], closed), wardInput('W2', ['rehab'], [1], closed)],
      requests: [...kind('korttid', 'K'), ...kind('rehab', 'R')],
    });
    const result = await bound(instance);
    expect(result.parts).toBe(2);
    expect(result.lpObjective).toBeCloseTo(7, 6);
    expect(result.occupiedBedNights).toBe(6);
  });

  it('drops bed classes no demand can use', async () => {
    const instance = buildInstance({
      horizon,
      wards: [twoBeds(), wardInput('W2', ['rehab'], [1])],
      requests: [request('R1', 0, 0, 4, { requiredTags: ['korttid'] })],
    });
    const result = await bound(instance);
    expect(result.allClasses).toBe(2);
    expect(result.classes).toBe(1);
  });
});

describe('a stay that changes bed part-way (a transfer)', () => {
  // A korttid+demens bed is free nights 0..4 (its ward closes 5..9); a korttid bed is free nights 5..9
  // (its ward is closed 0..4). R1 (korttid, 10 nights from night 0) fits only by moving between them.
  const instance = buildInstance({
    horizon,
    wards: [
      wardInput('WA', ['korttid', 'demens'], [1], { closures: [{ start: day(5), end: day(10) }] }),
      wardInput('WB', ['korttid'], [1], { closures: [{ start: day(0), end: day(5) }] }),
    ],
    requests: [request('R1', 0, 0, 10)],
  });

  it('is a valid plan that occupies 10 bed-nights', () => {
    const plan = planSchema.parse({
      version: 1,
      stays: [
        { requestId: 'R1', bedId: 'WA-R1-B1', start: day(0), end: day(5) },
        { requestId: 'R1', bedId: 'WB-R1-B1', start: day(5), end: '2027-01-14' },
      ],
    });
    const result = checkPlan(instance, plan);
    expect(result.violations).toEqual([]);
    expect(result.figures.occupiedBedNights).toBe(10);
  });

  it('stays inside the default bound, which lets the class change from night to night', async () => {
    expect((await bound(instance)).occupiedBedNights).toBe(10);
  });

  it('is cut off by the whole-stay relaxation, which bounds only plans without such transfers', async () => {
    expect((await upperBound(instance, await highs(), { relaxation: 'stay' })).occupiedBedNights).toBe(0);
  });
});

describe("method 'mip': integer starts", () => {
  // One bed, free nights 0..3 and 5..8 (the ward is closed nights 4 and 9). Block 1: A stays 3 nights from
  // night 0 or 1, B 2 nights from night 0, 1 or 2; block 2 the same five nights later (A2, B2).
  // LP, per block (a = a0 + a1, b = b0 + b1 + b2): nights 1 and 2 give 2a + b0 + 2b1 + b2 <= 2, so
  // 2a + b <= 2, and with b <= 1 the objective 3a + 2b is at most 3a + 2b = 1.5(2a + b) + 0.5b <= 3.5,
  // reached at a0 = a1 = 1/4, b0 = b2 = 1/2. Both blocks: 7, and the LP bound is floor(7) = 7.
  // Integer: A and B never fit together (A from 0 holds night 2, where B from 2 starts; A from 1 holds
  // night 1, where B from 0 ends), so a block holds at most A's 3 nights: the MIP bound is 3 + 3 = 6.
  const closed = {
    closures: [
      { start: day(4), end: day(5) },
      { start: day(9), end: day(10) },
    ],
  };
  const instance = buildInstance({
    horizon,
    wards: [wardInput('W1', ['korttid'], [1], closed)],
    requests: [request('A', 0, 1, 3), request('B', 0, 2, 2), request('A2', 5, 6, 3), request('B2', 5, 7, 2)],
  });

  it('gives the LP bound 7 by default', async () => {
    const result = await bound(instance);
    expect(result.method).toBe('lp');
    expect(result.lpObjective).toBeCloseTo(7, 6);
    expect(result.occupiedBedNights).toBe(7);
  });

  it('gives the integer optimum 6 as a MIP, with the LP bound beside it', async () => {
    const result = await upperBound(instance, await highs(), { method: 'mip' });
    expect(result.occupiedBedNights).toBe(6);
    expect(result.lpBedNights).toBe(7);
    expect(result.partReports).toHaveLength(1);
    const [part] = result.partReports;
    expect(part!.mipStatus).toBe('optimal');
    expect(part!.mipBound).toBeCloseTo(6, 6);
    expect(part!.lp).toBeCloseTo(7, 6);
  });

  it('is reached by a valid plan', () => {
    const plan = planSchema.parse({
      version: 1,
      stays: [
        { requestId: 'A', bedId: 'W1-R1-B1', start: day(0), end: day(3) },
        { requestId: 'A2', bedId: 'W1-R1-B1', start: day(5), end: day(8) },
      ],
      unplaced: [
        { requestId: 'B', reason: 'no room' },
        { requestId: 'B2', reason: 'no room' },
      ],
    });
    const result = checkPlan(instance, plan);
    expect(result.violations).toEqual([]);
    expect(result.figures.occupiedBedNights).toBe(6);
  });

  it('gives the LP bound with jsLPSolver, whose MIP bound is not trusted', async () => {
    const result = await upperBound(instance, await createEngine('jslp'), { method: 'mip' });
    expect(result.occupiedBedNights).toBe(7);
    expect(result.partReports[0]!.mipStatus).toBe('skipped');
  });
});

describe('a series keeps one anchor (tieSeries)', () => {
  // One rullering bed; the ward is closed nights 2 and 5. S1 stays 2 nights every 5 days, first start on
  // night 0 or 1, until night 10: occurrences 0 and 1 (patterns a and a + 5) for both anchors a.
  // Anchor 0: occurrence 0 on nights 0, 1; occurrence 1 would need night 5 (closed). Anchor 1: occurrence 0
  // would need night 2 (closed); occurrence 1 on nights 6, 7. So any valid plan has at most 2 nights.
  // Untied, occurrence 0 from night 0 and occurrence 1 from night 6 both count: 4. Tied: x0[0] <= y0,
  // x1[6] <= y1, y0 + y1 <= 1, so 2 x0[0] + 2 x1[6] <= 2.
  const instance = buildInstance({
    horizon,
    wards: [
      wardInput('W2', ['rullering'], [1], {
        closures: [
          { start: day(2), end: day(3) },
          { start: day(5), end: day(6) },
        ],
      }),
    ],
    series: [
      {
        id: 'S1',
        personId: 'P-S1',
        phases: [{ inNights: 2, homeNights: 3 }],
        firstStart: { earliest: day(0), latest: day(1) },
        until: '2027-01-14',
        requiredTags: ['rullering'],
      },
    ],
  });

  it('bounds by one anchor (the default)', async () => {
    const result = await bound(instance);
    expect(result.tieSeries).toBe(true);
    expect(result.occupiedBedNights).toBe(2);
  });

  it('bounds by independent windows without it', async () => {
    const result = await upperBound(instance, await highs(), { tieSeries: false });
    expect(result.occupiedBedNights).toBe(4);
  });

  it('gives the same with jsLPSolver', async () => {
    expect((await bound(instance, await createEngine('jslp'))).occupiedBedNights).toBe(2);
  });

  it('is reached by a valid plan', () => {
    const plan = planSchema.parse({
      version: 1,
      stays: [{ seriesId: 'S1', occurrence: 0, bedId: 'W2-R1-B1', start: day(0), end: day(2) }],
      unplaced: [{ seriesId: 'S1', occurrence: 1, reason: 'ward closed' }],
    });
    const result = checkPlan(instance, plan);
    expect(result.violations).toEqual([]);
    expect(result.figures.occupiedBedNights).toBe(2);
  });
});

/** An engine that answers every problem with a fixed solution (for the fallback paths). */
function fakeEngine(answer: Omit<LpSolution, 'seconds'>): LpEngine {
  return { name: 'highs', solve: async () => ({ ...answer, seconds: 0 }) };
}

describe('upperBound when the engine does not finish', () => {
  // The three 8-night stays of the first test: LP 16, trivial 20.
  const instance = buildInstance({
    horizon,
    wards: [twoBeds()],
    requests: [request('R1', 0, 2, 8), request('R2', 0, 2, 8), request('R3', 0, 2, 8)],
  });

  it('uses the dual bound after a time limit', async () => {
    const engine = fakeEngine({
      status: 'timeLimit',
      objective: 8,
      values: new Float64Array(0),
      bestBound: 17.5,
    });
    const result = await upperBound(instance, engine);
    expect(result.status).toBe('dualBound');
    expect(result.occupiedBedNights).toBe(17);
  });

  it('falls back to the trivial bound without a dual bound', async () => {
    const engine = fakeEngine({ status: 'timeLimit', objective: NaN, values: new Float64Array(0) });
    const result = await upperBound(instance, engine);
    expect(result.status).toBe('fallback');
    expect(result.occupiedBedNights).toBe(20);
  });

  it('falls back to the trivial bound when the dual bound is weaker', async () => {
    const engine = fakeEngine({
      status: 'feasible',
      objective: 8,
      values: new Float64Array(0),
      bestBound: 99,
    });
    const result = await upperBound(instance, engine);
    expect(result.status).toBe('fallback');
    expect(result.occupiedBedNights).toBe(20);
  });
});

describe("method 'mip' when the engine does not finish", () => {
  // The three 8-night stays of the first test: LP 16. The fake MIP answers are made up: they check
  // which answer is used, not what the instance allows.
  const instance = buildInstance({
    horizon,
    wards: [twoBeds()],
    requests: [request('R1', 0, 2, 8), request('R2', 0, 2, 8), request('R3', 0, 2, 8)],
  });
  const lpAnswer = { status: 'optimal', objective: 16, values: new Float64Array(0), bestBound: 16 } as const;
  /** Answers the LP with `lpAnswer` and the MIP (integer columns) with `mip`. */
  const twoStage = (mip: Omit<LpSolution, 'seconds'>, name: 'highs' | 'jslp' = 'highs'): LpEngine => ({
    name,
    solve: async (problem) => ({
      ...(problem.integrality.some((v) => v === 1) ? mip : lpAnswer),
      seconds: 0,
    }),
  });

  it('takes floor(the dual bound) after a time limit', async () => {
    const engine = twoStage({
      status: 'timeLimit',
      objective: 8,
      values: new Float64Array(0),
      bestBound: 15.2,
    });
    const result = await upperBound(instance, engine, { method: 'mip' });
    expect(result.occupiedBedNights).toBe(15);
    expect(result.lpBedNights).toBe(16);
    expect(result.partReports[0]!.mipStatus).toBe('timeLimit');
  });

  it('never goes above the LP bound', async () => {
    const engine = twoStage({
      status: 'timeLimit',
      objective: 8,
      values: new Float64Array(0),
      bestBound: 99,
    });
    expect((await upperBound(instance, engine, { method: 'mip' })).occupiedBedNights).toBe(16);
  });

  it('keeps the LP bound without a dual bound', async () => {
    const engine = twoStage({ status: 'timeLimit', objective: NaN, values: new Float64Array(0) });
    expect((await upperBound(instance, engine, { method: 'mip' })).occupiedBedNights).toBe(16);
  });

  it('does not ask jsLPSolver for a MIP', async () => {
    const engine = twoStage(
      { status: 'optimal', objective: 8, values: new Float64Array(0), bestBound: 8 },
      'jslp',
    );
    expect((await upperBound(instance, engine, { method: 'mip' })).occupiedBedNights).toBe(16);
  });
});

describe('both engines', () => {
  it('give the same bound on a hand-made instance', async () => {
    const instance = buildInstance({
      horizon,
      wards: [twoBeds({ closures: [{ start: day(8), end: day(10) }] }), wardInput('W2', ['rehab'], [1])],
      requests: [
        request('R1', 0, 2, 8),
        request('R2', 0, 2, 8),
        request('R3', 0, 2, 8),
        request('R4', 1, 4, 3, { requiredTags: ['rehab'] }),
        request('R5', 3, 5, 6, { requiredTags: ['rehab'] }),
      ],
      fixed: [{ id: 'F1', personId: 'P-X1', bedId: 'W2-R1-B1', start: '2027-01-01', end: day(1) }],
    });
    const [a, b] = await Promise.all([bound(instance), bound(instance, await createEngine('jslp'))]);
    expect(b.occupiedBedNights).toBe(a.occupiedBedNights);
    expect(b.status).toBe('optimal');
  });
});
