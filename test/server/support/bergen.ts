/**
 * The Bergen fixture (470 beds, 5,100 requests) in a fresh app with its firstfit plan saved as a draft, and
 * the overrides and calendar loads that the override test checks and `npm run bench:overrides` times.
 */
import { importInstance } from '../../../server/repos/instances.ts';
import { saveDraft } from '../../../server/repos/plans.ts';
import { firstFit } from '../../../solver/baselines/firstfit.ts';
import type { Plan, RequestStay } from '../../../solver/formats.ts';
import { testApp, type TestApp } from './app.ts';
import { fixture } from './fixtures.ts';

export interface BergenDraft {
  t: TestApp;
  planId: number;
  plan: Plan;
}

export async function bergenDraft(): Promise<BergenDraft> {
  const t = await testApp();
  const instance = fixture('bergen');
  await importInstance(t.db, instance, { id: 'bergen' });
  const plan = firstFit(instance);
  const planId = (await saveDraft(t.db, 'bergen', plan)).id;
  return { t, planId, plan };
}

export interface Answer {
  status: number;
  ms: number;
}

/**
 * Ten stays spread over the plan, each pinned (or unpinned) and then moved to another bed that has a stay
 * starting the same day: twenty overrides, each written or refused, each answer with its time.
 */
export async function overrideRound({ t, planId, plan }: BergenDraft): Promise<Answer[]> {
  const stays = plan.stays.filter((s): s is RequestStay => 'requestId' in s);
  let revision = 1;
  const answers: Answer[] = [];
  for (let i = 0; i < 10; i++) {
    const stay = stays[i * 97] as RequestStay;
    const other = stays.find((s) => s.bedId !== stay.bedId && s.start === stay.start) ?? stays[0];
    const bodies = [
      { action: 'pin', ref: { requestId: stay.requestId }, pinned: i % 2 === 0 },
      {
        action: 'move',
        ref: { requestId: stay.requestId },
        bedId: other?.bedId,
        start: stay.start,
        end: stay.end,
      },
    ];
    for (const body of bodies) {
      const started = performance.now();
      const response = await t.planner
        .post(`/api/plans/${planId}/overrides`)
        .set('If-Match', `"${revision}"`)
        .send(body);
      answers.push({ status: response.status, ms: performance.now() - started });
      if (response.status === 200) revision = response.body.revision;
    }
  }
  return answers;
}

/** The draft's calendar (`query`: '' for every bed, '?wardId=…' for one ward), with its time. */
export async function calendarLoad(
  { t, planId }: BergenDraft,
  query: string,
): Promise<Answer & { stays: number; waiting: number }> {
  const started = performance.now();
  const response = await t.planner.get(`/api/plans/${planId}/calendar${query}`);
  const ms = performance.now() - started;
  const body = response.body as { stays?: unknown[]; waiting?: unknown[] };
  return { status: response.status, ms, stays: body.stays?.length ?? 0, waiting: body.waiting?.length ?? 0 };
}
