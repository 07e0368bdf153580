import { eventsRequest, eventsResult, type EventsOptions } from '../../api/events.ts';
import { planParams } from '../../api/params.ts';
import type { Instance } from '../../solver/formats.ts';
import { repair, RepairInputError, type RepairResult } from '../../solver/repair/index.ts';
import { currentUser } from '../auth/access.ts';
import { recordAudit } from '../audit/record.ts';
import type { Database, Queryable } from '../db/database.ts';
import { ApiError } from '../errors.ts';
import { placesOfEvents } from '../events/scope.ts';
import { storeEventChanges } from '../events/store.ts';
import { defineRoute, type Route } from '../http/route.ts';
import { readBedTree } from '../repos/bedTree.ts';
import { exportInstance } from '../repos/instances.ts';
import { getPlan, saveDraft } from '../repos/plans.ts';

/** Runs one statement sequence of saveDraft inside the caller's transaction instead of its own. */
const within = (db: Database, tx: Queryable): Database => ({
  ...db,
  query: tx.query.bind(tx),
  transaction: (fn) => fn(tx),
});

function repaired(instance: Instance, plan: Parameters<typeof repair>[1], body: EventsOptions) {
  const { today, noticeDays } = body;
  if (today < instance.horizon.start || today >= instance.horizon.end)
    throw new ApiError(
      422,
      'outside_horizon',
      `today (${today}) er utenfor planperioden ${instance.horizon.start}–${instance.horizon.end}`,
    );
  let result: RepairResult;
  try {
    result = repair(instance, plan, body.events, {
      today,
      ...(noticeDays === undefined ? {} : { noticeDays }),
    });
  } catch (error) {
    if (error instanceof RepairInputError) throw new ApiError(422, error.code, error.message);
    throw error;
  }
  return result;
}

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
          return placesOfEvents(await readBedTree(db, plan.instanceId), plan.plan, body.events);
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
        const earlier = await getPlan(db, params.planId);
        if (!earlier) throw new ApiError(404, 'not_found', `no plan ${params.planId}`);
        const instance = await exportInstance(db, earlier.instanceId);
        if (!instance) throw new ApiError(404, 'not_found', `no instance ${earlier.instanceId}`);
        const result = repaired(instance, earlier.plan, body);
        const user = currentUser(res);
        const saved = await db.transaction(async (tx) => {
          await tx.query('SELECT id FROM instances WHERE id = $1 FOR UPDATE', [earlier.instanceId]);
          const now = await exportInstance(tx, earlier.instanceId);
          if (JSON.stringify(now) !== JSON.stringify(instance))
            throw new ApiError(
              409,
              'instance_changed',
              'instansen ble endret mens planen ble reparert; prøv igjen',
            );
          await storeEventChanges(tx, earlier.instanceId, instance, result.instance);
          const draft = await saveDraft(within(db, tx), earlier.instanceId, result.plan);
          await recordAudit(tx, {
            user,
            action: 'plan.events',
            object: `plan/${draft.id}`,
            before: { planId: earlier.id, version: earlier.version },
            after: { events: body.events, today: body.today, moves: result.moves.length },
          });
          return draft;
        });
        res.status(201).location(`/api/plans/${saved.id}`).json({
          plan: saved,
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
