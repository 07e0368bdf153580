import { csvFixture } from '../csv/support.ts';
import { threeSix } from '../series/support.ts';
import { fixtureJson } from '../support/fixtures.ts';
import { tinyPlan } from '../support/plans.ts';
import { TEST_PASSWORD } from '../support/session.ts';

/** The state one endpoint's property runs against: its own instance, draft plan, user and job id. */
export interface RouteContext {
  instanceId: string;
  planId: number;
  jobId: string;
  username: string;
  revision: () => Promise<number>;
}

/** How to call one write endpoint with a valid request, which the property then takes apart. */
export interface Recipe {
  body: { json: unknown } | { csv: string } | 'none';
  /** Who calls: a planner (default), an admin, or an agent of its own (an endpoint that ends its session). */
  as?: 'planner' | 'admin' | 'own';
  headers?: (ctx: RouteContext) => Promise<Record<string, string>>;
  /** Tables a refused request may write (the audit of a failed login, say). */
  mayWrite?: string[];
}

const ifMatch = async (ctx: RouteContext) => ({ 'If-Match': `"${await ctx.revision()}"` });

/**
 * One recipe per write endpoint (`METHOD /express/path`). The property test fails for a write endpoint of
 * the app without one, so a new endpoint cannot go unfuzzed.
 */
export const recipes = (ctx: RouteContext): Record<string, Recipe> => ({
  'POST /api/session': {
    body: { json: { username: ctx.username, password: TEST_PASSWORD } },
    as: 'own',
    mayWrite: ['audit', 'login_attempts'],
  },
  'DELETE /api/session': { body: 'none', as: 'own' },
  'POST /api/users': {
    body: {
      json: { username: 'ny-bruker', password: 'et-langt-passord', role: 'staff', wardIds: ['C1-W1'] },
    },
    as: 'admin',
  },
  'POST /api/instances': { body: { json: fixtureJson('tiny') } },
  'POST /api/instances/:id/plans': { body: { json: tinyPlan() } },
  'POST /api/plans/:planId/publish': { body: 'none' },
  'POST /api/instances/:id/series': { body: { json: threeSix() } },
  'DELETE /api/plans/:planId': { body: 'none', headers: ifMatch },
  'POST /api/plans/:planId/overrides': {
    body: {
      json: {
        action: 'move',
        ref: { requestId: 'R1' },
        bedId: 'C1-W1-R2-B2',
        start: '2027-01-05',
        end: '2027-01-19',
      },
    },
    headers: ifMatch,
  },
  'POST /api/instances/:id/beds.csv': { body: { csv: csvFixture('tiny-beds') } },
  'POST /api/instances/:id/requests.csv': { body: { csv: csvFixture('tiny-requests') } },
  'POST /api/instances/:id/solve': { body: { json: { timeLimitSeconds: 1, seed: 1 } } },
  'POST /api/instances/:id/whatif': {
    body: {
      json: {
        scenarios: [{ name: '14 dager', changes: [{ type: 'shortTermNorm', fromNights: 21, toNights: 14 }] }],
        seeds: 1,
        iterations: 0,
      },
    },
  },
  'DELETE /api/jobs/:jobId': { body: 'none' },
  'POST /api/plans/:planId/solve': { body: { json: { timeLimitSeconds: 1, seed: 1 } } },
  'POST /api/plans/:planId/events': {
    body: {
      json: {
        today: '2027-01-10',
        noticeDays: 2,
        events: [
          { type: 'earlyDeparture', requestId: 'R1', date: '2027-01-12' },
          { type: 'extend', requestId: 'R2', nights: 2 },
          { type: 'bedOutOfService', bedId: 'C2-W1-R2-B1', start: '2027-01-20', end: '2027-01-25' },
          { type: 'wardClosure', wardId: 'C1-W2', start: '2027-02-01', end: '2027-02-03' },
          { type: 'cancel', seriesId: 'S1', from: '2027-02-10' },
          {
            type: 'newRequest',
            request: {
              id: 'R50',
              personId: 'P50',
              kind: 'korttid',
              earliestStart: '2027-01-20',
              latestStart: '2027-01-25',
              nights: 3,
              priority: 1,
              source: 'hospital',
            },
            person: { id: 'P50', sex: 'F' },
          },
        ],
      },
    },
  },
});

/** The route's path with its parameters filled from the context; throws for a parameter it does not know. */
export function concretePath(path: string, ctx: RouteContext): string {
  const values: Record<string, string> = {
    id: ctx.instanceId,
    planId: String(ctx.planId),
    jobId: ctx.jobId,
    username: ctx.username,
  };
  return path.replace(/:(\w+)/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for path parameter :${name} in ${path}`);
    return encodeURIComponent(value);
  });
}
