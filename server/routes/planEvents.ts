import { eventsRequest, eventsResult } from '../../api/events.ts';
import { planParams } from '../../api/params.ts';
import { currentUser } from '../auth/access.ts';
import type { Database } from '../db/database.ts';
import { applyEvents } from '../events/apply.ts';
import { placesOfEvents } from '../events/scope.ts';
import { defineRoute, type Route } from '../http/route.ts';
import { readBedTree } from '../repos/bedTree.ts';
import { getPlan } from '../repos/plans.ts';

/** Re-planning after events: the repaired plan is stored as the instance's next draft. */
export function planEventRoutes(db: Database): Route[] {
  return [
    defineRoute({
      method: 'post',
      path: '/api/plans/:planId/events',
      operationId: 'applyPlanEvents',
      summary:
        'Apply events (v1) to a plan version and save the repaired plan as a new draft; the instance keeps the events',
      tag: 'plans',
      access: {
        roles: ['admin', 'planner', 'staff'],
        scope: async ({ params, body }) => {
          const plan = await getPlan(db, params.planId);
          if (!plan) return [];
          const places = placesOfEvents(await readBedTree(db, plan.instanceId), plan.plan, body.events);
          return places.map((place) => ({ ...place, instanceId: plan.instanceId }));
        },
      },
      input: { params: planParams, body: eventsRequest },
      responses: {
        201: {
          description:
            'saved as a draft; Location names it. status invalid: the draft breaks the hard rules listed in violations (as a draft may; fix it before publishing)',
          schema: eventsResult,
        },
        409: { description: 'the instance changed while the repair ran (instance_changed): try again' },
        422: {
          description:
            'an event names what the instance does not have (unknown_reference, duplicate_id) or cannot be applied (invalid_event: an arrival before the first night, say), or today is outside the horizon',
        },
      },
      handle: async ({ params, body }, res) => {
        const { draft, result } = await applyEvents(db, currentUser(res), params.planId, body);
        res.status(201).location(`/api/plans/${draft.id}`).json({
          plan: draft,
          status: result.status,
          moves: result.moves,
          figures: result.figures,
          warnings: result.warnings,
          conflicts: result.conflicts,
          violations: result.violations,
        });
      },
    }),
  ];
}
