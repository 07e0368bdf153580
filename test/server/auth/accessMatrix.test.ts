/**
 * The access matrix: every route of the app × every role (and no session) × a place within the caller's
 * scope and one outside it. A route the app registers without a row here fails the first test: a new
 * endpoint must say who may call it.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../server/auth/types.ts';
import { createUser } from '../../../server/auth/users.ts';
import { testApp, type TestApp } from '../support/app.ts';
import { START_TIMEOUT_MS } from '../support/engines.ts';
import { fixtureJson } from '../support/fixtures.ts';
import { tinyPlan } from '../support/plans.ts';
import { registeredRoutes } from '../support/routes.ts';
import { threeSix } from '../series/support.ts';
import { loginAs, loginWith, TEST_PASSWORD, type Agent, type Scope } from '../support/session.ts';

/** The scoped callers' own ward, in centre C1 of fixtures/tiny.json; C2-W1 is someone else's. */
const OWN_WARD = 'C1-W1';
const OTHER_WARD = 'C2-W1';
/** The scoped callers' instance; TWIN has the same centres and wards, and none of them is theirs. */
const OWN_INSTANCE = 'tiny';
const TWIN = 'tiny-twin';

type Method = 'get' | 'post' | 'delete';
interface Call {
  path: string;
  body?: object | string;
  type?: string;
}
type Place = 'own' | 'other' | 'twin' | 'everything';

interface Row {
  /** Who may: `public`, or the roles; scoped roles only within their own centres or wards. */
  allowed: 'public' | readonly Role[];
  /**
   * What the request reads or changes: in the caller's own ward, in another, in the ward of the same id
   * in another instance (twin), or all of it.
   */
  calls: Partial<Record<Place, Call>> & { own: Call };
  /** It logs in or out: run with a session of its own. */
  ownSession?: true;
}

const PLANNERS: readonly Role[] = ['admin', 'planner'];
const EVERYONE: readonly Role[] = ['admin', 'planner', 'wardLeader', 'staff'];

// Filled in beforeAll: a published plan of instance tiny, and one of its twin.
let planId = 0;
let twinPlanId = 0;
const at = (path: string): Call => ({ path });
const plan = (suffix = '') => ({ path: `/api/plans/${planId}${suffix}` });
const twinPlan = (suffix: string) => ({ path: `/api/plans/${twinPlanId}${suffix}` });

/** A staff event: a no-show for R1 (in ward C1-W1) or for occurrence 0 of S1 (in ward C2-W2). */
const noShow = (stay: { requestId: string } | { seriesId: string; occurrence: number }) => ({
  today: '2027-01-04',
  events: [{ type: 'noShow', ...stay, date: '2027-01-04' }],
});

const matrix: Record<string, Row> = {
  'GET /': { allowed: EVERYONE, calls: { own: at('/') } },
  'GET /api/health': { allowed: 'public', calls: { own: at('/api/health') } },
  'GET /api/openapi.json': { allowed: 'public', calls: { own: at('/api/openapi.json') } },
  'POST /api/session': {
    allowed: 'public',
    ownSession: true,
    calls: { own: { path: '/api/session', body: { username: 'matrix-login', password: TEST_PASSWORD } } },
  },
  'GET /api/session': { allowed: EVERYONE, calls: { own: at('/api/session') } },
  'DELETE /api/session': { allowed: 'public', ownSession: true, calls: { own: at('/api/session') } },
  'GET /api/users': { allowed: ['admin'], calls: { own: at('/api/users') } },
  'POST /api/users': {
    allowed: ['admin'],
    calls: {
      own: { path: '/api/users', body: { username: 'matrix-login', password: TEST_PASSWORD, role: 'staff' } },
    },
  },
  'GET /api/audit': { allowed: ['admin'], calls: { own: at('/api/audit?limit=1') } },
  'GET /api/instances': { allowed: EVERYONE, calls: { own: at('/api/instances') } },
  'POST /api/instances': {
    allowed: PLANNERS,
    calls: { own: { path: '/api/instances?id=tiny', body: fixtureJson('tiny') } },
  },
  'GET /api/instances/:id': { allowed: PLANNERS, calls: { own: at('/api/instances/tiny') } },
  'GET /api/instances/:id/beds': { allowed: EVERYONE, calls: { own: at('/api/instances/tiny/beds') } },
  'GET /api/instances/:id/requests': {
    allowed: PLANNERS,
    calls: { own: at('/api/instances/tiny/requests') },
  },
  'GET /api/instances/:id/plans': { allowed: EVERYONE, calls: { own: at('/api/instances/tiny/plans') } },
  'POST /api/instances/:id/plans': {
    allowed: PLANNERS,
    calls: { own: { path: '/api/instances/no-such/plans', body: tinyPlan() } },
  },
  'POST /api/instances/:id/beds.csv': {
    allowed: PLANNERS,
    calls: {
      own: { path: '/api/instances/no-such/beds.csv', body: 'senter;avdeling;rom;seng\n', type: 'text/csv' },
    },
  },
  'POST /api/instances/:id/requests.csv': {
    allowed: PLANNERS,
    calls: { own: { path: '/api/instances/no-such/requests.csv', body: 'id\n', type: 'text/csv' } },
  },
  'POST /api/instances/:id/solve': {
    allowed: PLANNERS,
    calls: { own: { path: '/api/instances/no-such/solve', body: {} } },
  },
  'POST /api/instances/:id/whatif': {
    allowed: PLANNERS,
    calls: {
      own: { path: '/api/instances/no-such/whatif', body: { scenarios: [{ name: 'a', changes: [] }] } },
    },
  },
  'GET /api/plans/:planId': {
    allowed: PLANNERS,
    calls: {
      get own() {
        return plan();
      },
    },
  },
  'POST /api/instances/:id/series': {
    allowed: PLANNERS,
    calls: { own: { path: '/api/instances/no-such/series', body: threeSix() } },
  },
  'DELETE /api/plans/:planId': {
    allowed: PLANNERS,
    calls: {
      get own() {
        return plan();
      },
    },
  },
  'POST /api/plans/:planId/publish': {
    allowed: PLANNERS,
    calls: {
      get own() {
        return plan('/publish');
      },
    },
  },
  'GET /api/plans/:planId/diff/:otherId': {
    allowed: PLANNERS,
    calls: {
      get own() {
        return plan(`/diff/${planId}`);
      },
    },
  },
  'POST /api/plans/:planId/overrides': {
    allowed: PLANNERS,
    calls: {
      get own() {
        return { ...plan('/overrides'), body: { action: 'pin', ref: { requestId: 'R1' }, pinned: true } };
      },
    },
  },
  'POST /api/plans/:planId/events': {
    allowed: ['admin', 'planner', 'staff'],
    calls: {
      get own() {
        return { ...plan('/events'), body: noShow({ requestId: 'R1' }) };
      },
      get other() {
        return { ...plan('/events'), body: noShow({ seriesId: 'S1', occurrence: 0 }) };
      },
      get twin() {
        return { ...twinPlan('/events'), body: noShow({ requestId: 'R1' }) };
      },
    },
  },
  'POST /api/plans/:planId/solve': {
    allowed: PLANNERS,
    calls: { own: { path: '/api/plans/2000000000/solve', body: {} } },
  },
  'GET /api/plans/:planId/calendar': {
    allowed: EVERYONE,
    calls: {
      get own() {
        return plan(`/calendar?wardId=${OWN_WARD}`);
      },
      get other() {
        return plan(`/calendar?wardId=${OTHER_WARD}`);
      },
      get twin() {
        return twinPlan(`/calendar?wardId=${OWN_WARD}`);
      },
      get everything() {
        return plan('/calendar');
      },
    },
  },
  'GET /api/wards/:wardId/calendar.ics': {
    allowed: EVERYONE,
    calls: {
      own: at(`/api/wards/${OWN_WARD}/calendar.ics?instance=${OWN_INSTANCE}`),
      other: at(`/api/wards/${OTHER_WARD}/calendar.ics?instance=${OWN_INSTANCE}`),
      twin: at(`/api/wards/${OWN_WARD}/calendar.ics?instance=${TWIN}`),
    },
  },
  'GET /api/jobs/:jobId': { allowed: PLANNERS, calls: { own: at('/api/jobs/no-such') } },
  'GET /api/jobs/:jobId/events': { allowed: PLANNERS, calls: { own: at('/api/jobs/no-such/events') } },
  'DELETE /api/jobs/:jobId': { allowed: PLANNERS, calls: { own: at('/api/jobs/no-such') } },
};

interface Caller {
  name: string;
  role: Role | null;
  scope: Scope;
}

const callers: Caller[] = [
  { name: 'no session', role: null, scope: {} },
  { name: 'admin', role: 'admin', scope: {} },
  { name: 'planner', role: 'planner', scope: {} },
  {
    name: 'wardLeader of ward C1-W1',
    role: 'wardLeader',
    scope: { instanceId: OWN_INSTANCE, wardIds: [OWN_WARD] },
  },
  {
    name: 'wardLeader of centre C1',
    role: 'wardLeader',
    scope: { instanceId: OWN_INSTANCE, centreIds: ['C1'] },
  },
  { name: 'staff of ward C1-W1', role: 'staff', scope: { instanceId: OWN_INSTANCE, wardIds: [OWN_WARD] } },
];

type Outcome = 'allowed' | 'unauthenticated' | 'forbidden';

function expected(row: Row, caller: Caller, place: Place): Outcome {
  if (row.allowed === 'public') return 'allowed';
  if (caller.role === null) return 'unauthenticated';
  if (!row.allowed.includes(caller.role)) return 'forbidden';
  const scoped = caller.role === 'wardLeader' || caller.role === 'staff';
  return scoped && place !== 'own' ? 'forbidden' : 'allowed';
}

/**
 * Past the access check, a call ends in success or in what the route itself answers about the thing asked
 * for (404, 409, 422, 428); anything else (400, 415, 500) means the call in the table is wrong.
 */
const routeAnswers = new Set([404, 409, 422, 428]);

const outcomeOf = (status: number, code: unknown): Outcome | string => {
  if (status === 401 && code === 'unauthenticated') return 'unauthenticated';
  if (status === 403 && code === 'forbidden') return 'forbidden';
  if (status < 400 || routeAnswers.has(status)) return 'allowed';
  return `${status} ${String(code)}`;
};

let t: TestApp;
const agents = new Map<string, Agent>();
const usernames = new Map<string, string>();

beforeAll(async () => {
  t = await testApp();
  await t.planner.post('/api/instances?id=tiny').send(fixtureJson('tiny')).expect(201);
  const saved = await t.planner.post('/api/instances/tiny/plans').send(tinyPlan()).expect(201);
  planId = saved.body.id as number;
  await t.planner.post(`/api/plans/${planId}/publish`).expect(200);
  await t.planner.post(`/api/instances?id=${TWIN}`).send(fixtureJson('tiny')).expect(201);
  const twin = await t.planner.post(`/api/instances/${TWIN}/plans`).send(tinyPlan()).expect(201);
  twinPlanId = twin.body.id as number;
  await t.planner.post(`/api/plans/${twinPlanId}/publish`).expect(200);
  await createUser(t.db, { username: 'matrix-login', password: TEST_PASSWORD, role: 'staff' });
  for (const caller of callers) {
    if (caller.role === null) continue;
    const agent = await loginAs(t, caller.role, caller.scope);
    agents.set(caller.name, agent);
    usernames.set(
      caller.name,
      ((await agent.get('/api/session')).body as { user: { username: string } }).user.username,
    );
  }
}, START_TIMEOUT_MS);
afterAll(async () => {
  await t.close();
});

async function send(route: string, row: Row, caller: Caller, call: Call) {
  let agent: Agent | ReturnType<typeof request> = request(t.app);
  if (caller.role !== null) {
    const name = usernames.get(caller.name) ?? '';
    agent = row.ownSession ? await loginWith(t.app, name) : (agents.get(caller.name) as Agent);
  }
  const verb = (route.split(' ')[0] ?? 'GET').toLowerCase() as Method;
  let pending = agent[verb](call.path);
  if (call.type) pending = pending.set('Content-Type', call.type);
  if (call.body !== undefined) pending = pending.send(call.body);
  return pending;
}

describe('the access matrix', () => {
  it('has a row for every route the app registers, and no row for a route it does not', () => {
    const registered = registeredRoutes(t.app).sort();
    expect(Object.keys(matrix).sort()).toEqual(registered);
  });

  const cases = Object.entries(matrix).flatMap(([route, row]) =>
    callers.flatMap((caller) =>
      (Object.keys(row.calls) as Place[]).map((place) => ({
        route,
        row,
        caller,
        place,
        outcome: expected(row, caller, place),
      })),
    ),
  );

  it.each(cases)(
    '$route by $caller.name ($place) is $outcome',
    async ({ route, row, caller, place, outcome }) => {
      const call = row.calls[place];
      if (!call) throw new Error('no call for this place');
      const response = await send(route, row, caller, call);
      const body = response.body as { error?: { code?: unknown } } | undefined;
      expect(outcomeOf(response.status, body?.error?.code)).toBe(outcome);
    },
  );
});
