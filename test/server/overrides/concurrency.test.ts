/**
 * Twenty planners move twenty different stays onto the same bed and nights at once. The plan row lock and
 * the revision let exactly one through; the plan never holds two stays in one bed a night.
 */
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { createApp } from '../../../server/app.ts';
import type { Database } from '../../../server/db/database.ts';
import { migrate } from '../../../server/db/migrations/migrate.ts';
import { importInstance } from '../../../server/repos/instances.ts';
import { getPlan, saveDraft } from '../../../server/repos/plans.ts';
import { checkPlan } from '../../../solver/checker/index.ts';
import type { Instance, Plan } from '../../../solver/formats.ts';
import { describeOnEachEngine, START_TIMEOUT_MS } from '../support/engines.ts';
import { loginAs, type Agent } from '../support/session.ts';

const CLIENTS = 20;
const TARGET = 'B21';
const NIGHTS = { start: '2027-01-10', end: '2027-01-17' };

/** One korttid ward of 21 single rooms; request Rk (person Pk) sits in bed Bk, bed B21 is empty. */
function crowdedWard(): { instance: Instance; plan: Plan } {
  const ids = Array.from({ length: CLIENTS }, (_, i) => i + 1);
  const instance: Instance = {
    version: 1,
    horizon: { start: '2027-01-04', end: '2027-02-01' },
    turnoverDays: 1,
    centres: [
      {
        id: 'C1',
        name: 'Senter',
        wards: [
          {
            id: 'W1',
            name: 'Korttid',
            tags: ['korttid'],
            closures: [],
            rooms: [...ids, CLIENTS + 1].map((k) => ({
              id: `R${k}`,
              beds: [{ id: `B${k}`, tags: [], outOfService: [] }],
            })),
          },
        ],
      },
    ],
    people: ids.map((k) => ({ id: `P${k}`, sex: k % 2 === 0 ? 'F' : 'M', partnerId: null })),
    requests: ids.map((k) => ({
      id: `R${k}`,
      personId: `P${k}`,
      kind: 'korttid',
      earliestStart: '2027-01-04',
      latestStart: '2027-01-20',
      nights: 7,
      priority: 3,
      source: 'home',
      requiredTags: ['korttid'],
      preferredCentres: [],
    })),
    series: [],
    fixed: [],
  };
  const plan: Plan = {
    version: 1,
    stays: ids.map((k) => ({ requestId: `R${k}`, bedId: `B${k}`, ...NIGHTS })),
    unplaced: [],
    metrics: {},
  };
  return { instance, plan };
}

describeOnEachEngine('concurrent overrides', (engine) => {
  let db: Database;
  let planId: number;
  let planners: Agent[];
  let app: ReturnType<typeof createApp>;
  const { instance, plan } = crowdedWard();

  beforeAll(async () => {
    db = await engine.open();
    await migrate(db);
    await importInstance(db, instance, { id: 'ward' });
    app = createApp({ db });
    planners = [];
    for (let i = 0; i < CLIENTS; i++) planners.push(await loginAs({ app, db }, 'planner'));
  }, START_TIMEOUT_MS);
  beforeEach(async () => {
    planId = (await saveDraft(db, 'ward', plan)).id;
  });
  afterAll(async () => {
    await db.close();
  });

  const moveOnto = (agent: Agent, k: number, revision: number) =>
    agent
      .post(`/api/plans/${planId}/overrides`)
      .set('If-Match', `"${revision}"`)
      .send({ action: 'move', ref: { requestId: `R${k}` }, bedId: TARGET, ...NIGHTS });

  const bedConflicts = async () => {
    const saved = await getPlan(db, planId);
    return checkPlan(instance, saved?.plan ?? plan).violations.filter((v) => v.rule === 'bedConflict');
  };

  it('lets exactly one of twenty moves on the revision they all read through; the rest get 412', async () => {
    const answers = await Promise.all(planners.map((agent, i) => moveOnto(agent, i + 1, 1)));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 412)).toHaveLength(CLIENTS - 1);
    expect((await getPlan(db, planId))?.revision).toBe(2);
    expect(await bedConflicts()).toEqual([]);
  }, 120_000);

  it('lets exactly one through when each planner re-reads and retries after 412; the rest get 409 bedConflict', async () => {
    const attempt = async (agent: Agent, k: number): Promise<{ status: number; rule?: string }> => {
      for (;;) {
        const current = await agent.get(`/api/plans/${planId}`);
        const revision = Number(String(current.headers.etag).replaceAll('"', ''));
        const answer = await moveOnto(agent, k, revision);
        if (answer.status !== 412) return { status: answer.status, rule: answer.body?.error?.details?.rule };
      }
    };
    const outcomes = await Promise.all(planners.map((agent, i) => attempt(agent, i + 1)));
    const winners = outcomes.filter((o) => o.status === 200);
    const refused = outcomes.filter((o) => o.status === 409);
    expect(winners).toHaveLength(1);
    expect(refused).toHaveLength(CLIENTS - 1);
    expect(new Set(refused.map((o) => o.rule))).toEqual(new Set(['bedConflict']));
    expect((await getPlan(db, planId))?.revision).toBe(2);
    expect(await bedConflicts()).toEqual([]);
  }, 120_000);
});
