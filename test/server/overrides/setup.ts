import type { Response } from 'supertest';
import { importInstance } from '../../../server/repos/instances.ts';
import { saveDraft } from '../../../server/repos/plans.ts';
import type { Plan } from '../../../solver/formats.ts';
import type { TestApp } from '../support/app.ts';
import { fixture } from '../support/fixtures.ts';
import type { Agent } from '../support/session.ts';

export interface Draft {
  instanceId: string;
  planId: number;
  /** Sends an override as `agent` (the app's planner by default), with If-Match `"<revision>"` when given. */
  override: (revision: number | undefined, body: object, agent?: Agent) => Promise<Response>;
  /** The plan version as GET /api/plans/:planId answers it. */
  read: () => Promise<Response>;
}

let made = 0;

/** fixtures/tiny.json imported under a fresh id, with `plan` saved as its first draft. */
export async function tinyDraft(test: TestApp, plan: Plan): Promise<Draft> {
  made += 1;
  const instanceId = `tiny-${made}`;
  await importInstance(test.db, fixture('tiny'), { id: instanceId });
  const { id: planId } = await saveDraft(test.db, instanceId, plan);
  const override = async (revision: number | undefined, body: object, agent = test.planner) => {
    const post = agent.post(`/api/plans/${planId}/overrides`);
    return (revision === undefined ? post : post.set('If-Match', `"${revision}"`)).send(body);
  };
  const read = async () => test.planner.get(`/api/plans/${planId}`);
  return { instanceId, planId, override, read };
}
