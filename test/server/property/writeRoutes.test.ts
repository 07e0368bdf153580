import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createUser } from '../../../server/auth/users.ts';
import { errorBody } from '../../../api/errors.ts';
import { testApp } from '../support/app.ts';
import { fixtureJson } from '../support/fixtures.ts';
import { tinyPlan } from '../support/plans.ts';
import { registeredRoutes } from '../support/routes.ts';
import { loginAs, loginWith, TEST_PASSWORD, type Agent } from '../support/session.ts';
import { jsonBodies, jsonText, type JsonBody } from './arbitraries.ts';
import { csvBodies } from './csvArbitraries.ts';
import { concretePath, recipes, type Recipe, type RouteContext } from './recipes.ts';
import { snapshot } from './snapshot.ts';

const SEED = Number(process.env.PROPERTY_SEED ?? 20261125);
const RUNS = Number(process.env.PROPERTY_RUNS ?? 1000);
console.log(
  `property tests of the write endpoints: seed ${SEED}, ${RUNS} runs each (PROPERTY_SEED, PROPERTY_RUNS)`,
);

// No solve job ever starts (maxJobs 0): a valid solve request is answered 429 and nothing runs behind the test.
const t = await testApp(undefined, 0);
const admin = await loginAs(t, 'admin');
afterAll(async () => {
  await t.close();
});

const writeRoutes = registeredRoutes(t.app).filter((route) => /^(POST|PUT|PATCH|DELETE) /.test(route));

let made = 0;

/** A fresh instance (tiny), draft plan and planner user, so that each endpoint's runs start from the same state. */
async function contextFor(): Promise<RouteContext> {
  made += 1;
  const instanceId = `prop-${made}`;
  const username = `prop-user-${made}`;
  await t.planner.post(`/api/instances?id=${instanceId}`).send(fixtureJson('tiny')).expect(201);
  const plan = await t.planner.post(`/api/instances/${instanceId}/plans`).send(tinyPlan()).expect(201);
  await createUser(t.db, { username, password: TEST_PASSWORD, role: 'planner' });
  const revision = async () => {
    const [row] = await t.db.query<{ revision: number }>('SELECT revision FROM plans WHERE id = $1', [
      plan.body.id,
    ]);
    return row?.revision ?? 1;
  };
  return { instanceId, planId: plan.body.id, jobId: randomUUID(), username, revision };
}

type SentBody = JsonBody | { csv: string };

const bodiesFor = (recipe: Recipe): fc.Arbitrary<SentBody> => {
  const { body } = recipe;
  if (body === 'none') return jsonBodies({});
  if ('csv' in body)
    return fc.oneof(
      { weight: 5, arbitrary: csvBodies(body.csv).map((csv) => ({ csv })) },
      { weight: 1, arbitrary: jsonBodies({ csv: body.csv }) },
    );
  return jsonBodies(body.json);
};

async function send(agent: Agent, route: string, ctx: RouteContext, recipe: Recipe, body: SentBody) {
  const [method = '', path = ''] = route.split(' ');
  const call = agent[method.toLowerCase() as 'post' | 'put' | 'patch' | 'delete'](concretePath(path, ctx));
  if (recipe.headers) call.set(await recipe.headers(ctx));
  if ('csv' in body) return call.set('Content-Type', 'text/csv; charset=utf-8').send(body.csv);
  return call.set('Content-Type', 'application/json').send(jsonText(body));
}

const agentFor = async (recipe: Recipe, ctx: RouteContext): Promise<Agent> =>
  recipe.as === 'admin' ? admin : recipe.as === 'own' ? loginWith(t.app, ctx.username) : t.planner;

describe('every write endpoint, fed random and broken bodies', () => {
  it('has a recipe for each write endpoint of the route table', () => {
    const known = recipes({} as RouteContext);
    expect(writeRoutes.filter((route) => !(route in known))).toEqual([]);
  });

  it.each(writeRoutes)(
    '%s never answers 5xx, answers every 4xx as { error }, and a refused request writes nothing',
    async (route) => {
      const ctx = await contextFor();
      const recipe = recipes(ctx)[route];
      if (!recipe) throw new Error(`no recipe for ${route}: add one to test/server/property/recipes.ts`);
      const agent = await agentFor(recipe, ctx);
      let state = await snapshot(t.db, ctx.instanceId, recipe.mayWrite);
      const started = performance.now();
      const statuses = new Map<number, number>();
      await fc.assert(
        fc.asyncProperty(bodiesFor(recipe), async (body) => {
          const response = await send(agent, route, ctx, recipe, body);
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          expect(response.status, JSON.stringify(response.body)).toBeLessThan(500);
          if (response.status < 400) {
            state = await snapshot(t.db, ctx.instanceId, recipe.mayWrite);
            return;
          }
          expect(response.headers['content-type']).toMatch(/^application\/json/);
          expect(errorBody.safeParse(response.body).success, JSON.stringify(response.body)).toBe(true);
          expect(await snapshot(t.db, ctx.instanceId, recipe.mayWrite)).toEqual(state);
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const answers = [...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`);
      console.log(`${route}: ${RUNS} runs in ${seconds} s (${answers.join(', ')})`);
    },
    300_000,
  );
});
