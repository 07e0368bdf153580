import { firstFit } from '../../../solver/baselines/firstfit.ts';
import type { TestApp } from '../support/app.ts';
import { fixture, fixtureJson } from '../support/fixtures.ts';

/**
 * Fresh copies of tiny, each with its first-fit draft (R1 in C1-W1-R1-B1 from 2027-01-04 to 01-18, occurrence
 * 0 of S1 in C2-W2-R1-B1 from 2027-01-04 to 01-11), imported as `${prefix}-1`, `${prefix}-2`, ...; `app`
 * gives the test app once it has started.
 */
export function tinyPlans(app: () => TestApp, prefix: string) {
  let made = 0;
  return {
    freshPlan: async () => {
      made += 1;
      const id = `${prefix}-${made}`;
      await app().planner.post(`/api/instances?id=${id}`).send(fixtureJson('tiny')).expect(201);
      const plan = await app()
        .planner.post(`/api/instances/${id}/plans`)
        .send(firstFit(fixture('tiny')))
        .expect(201);
      return { instanceId: id, planId: plan.body.id as number };
    },
    planCount: async (instanceId: string) =>
      (await app().planner.get(`/api/instances/${instanceId}/plans`).expect(200)).body.length as number,
  };
}
