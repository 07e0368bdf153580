/**
 * An override at Bergen scale (fixtures/bergen.json: 470 beds, 5,100 requests, the firstfit plan) answers
 * well within a second; the measured times are printed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importInstance } from '../../../server/repos/instances.ts';
import { saveDraft } from '../../../server/repos/plans.ts';
import { firstFit } from '../../../solver/baselines/firstfit.ts';
import type { Plan, RequestStay } from '../../../solver/formats.ts';
import { testApp, type TestApp } from '../support/app.ts';
import { START_TIMEOUT_MS } from '../support/engines.ts';
import { fixture } from '../support/fixtures.ts';

const BUDGET_MS = 1_000;

let t: TestApp;
let planId: number;
let plan: Plan;
beforeAll(async () => {
  t = await testApp();
  const instance = fixture('bergen');
  await importInstance(t.db, instance, { id: 'bergen' });
  plan = firstFit(instance);
  planId = (await saveDraft(t.db, 'bergen', plan)).id;
}, START_TIMEOUT_MS);
afterAll(async () => {
  await t.close();
});

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

describe('a Bergen-size plan', () => {
  it('takes an override, written or refused, within a second', async () => {
    const stays = plan.stays.filter((s): s is RequestStay => 'requestId' in s);
    let revision = 1;
    const times: { written: number[]; refused: number[] } = { written: [], refused: [] };
    for (let i = 0; i < 10; i++) {
      const stay = stays[i * 97] as RequestStay;
      const other = stays.find((s) => s.bedId !== stay.bedId && s.start === stay.start) ?? stays[0];
      const moves = [
        { action: 'pin', ref: { requestId: stay.requestId }, pinned: i % 2 === 0 },
        {
          action: 'move',
          ref: { requestId: stay.requestId },
          bedId: other?.bedId,
          start: stay.start,
          end: stay.end,
        },
      ];
      for (const body of moves) {
        const started = performance.now();
        const response = await t.planner
          .post(`/api/plans/${planId}/overrides`)
          .set('If-Match', `"${revision}"`)
          .send(body);
        const ms = performance.now() - started;
        expect([200, 409]).toContain(response.status);
        if (response.status === 200) {
          revision = response.body.revision;
          times.written.push(ms);
        } else times.refused.push(ms);
      }
    }
    console.log(
      `Bergen override latency (ms): written median ${median(times.written).toFixed(0)} max ` +
        `${Math.max(...times.written).toFixed(0)} (n=${times.written.length}); refused median ` +
        `${median(times.refused).toFixed(0)} max ${Math.max(...times.refused).toFixed(0)} (n=${times.refused.length})`,
    );
    expect(times.written.length).toBeGreaterThanOrEqual(10);
    expect(median(times.written)).toBeLessThan(BUDGET_MS);
    expect(median(times.refused)).toBeLessThan(BUDGET_MS);
  }, 120_000);

  it('has a calendar of all beds and of one ward that answer within two seconds', async () => {
    const timed = async (query: string) => {
      const started = performance.now();
      const response = await t.planner.get(`/api/plans/${planId}/calendar${query}`);
      expect(response.status).toBe(200);
      return {
        ms: performance.now() - started,
        body: response.body as { stays: unknown[]; waiting: unknown[] },
      };
    };
    const all = await timed('');
    const ward = await timed('?wardId=C1-W1');
    console.log(
      `Bergen calendar (ms): all beds ${all.ms.toFixed(0)} (${all.body.stays.length} stays, ` +
        `${all.body.waiting.length} waiting); ward C1-W1 ${ward.ms.toFixed(0)} (${ward.body.stays.length} stays)`,
    );
    expect(all.body.waiting).toHaveLength(plan.unplaced.length);
    expect(all.ms).toBeLessThan(2 * BUDGET_MS);
    expect(ward.ms).toBeLessThan(2 * BUDGET_MS);
  }, 60_000);
});
