import { instanceParams, planParams } from '../../api/params.ts';
import {
  diffParams,
  planDiffAnswer,
  planList,
  planRecord,
  planSummary,
  type PlanSummary,
} from '../../api/plans.ts';
import { auditedTransactions } from '../audit/audited.ts';
import { recordAudit, recordRead } from '../audit/record.ts';
import { ALL_ROLES, currentUser } from '../auth/access.ts';
import { plan } from '../../solver/formats.ts';
import type { Database } from '../db/database.ts';
import { ApiError } from '../errors.ts';
import { defineRoute, type Route } from '../http/route.ts';
import { revisionOf } from '../overrides/ifMatch.ts';
import { diffPlans } from '../plans/diff.ts';
import { unresolvedReferences } from '../plans/references.ts';
import { exportInstance, findInstance } from '../repos/instances.ts';
import { deletePlan, getPlan, listPlans, lockPlan, publishPlan, saveDraft } from '../repos/plans.ts';

/** Plan versions of an instance: drafts, publishing, and what changed between two versions. */
export function planRoutes(db: Database): Route[] {
  const planOrThrow = async (id: number) => {
    const found = await getPlan(db, id);
    if (!found) throw new ApiError(404, 'not_found', `no plan ${id}`);
    return found;
  };
  return [
    defineRoute({
      method: 'get',
      path: '/api/instances/:id/plans',
      operationId: 'listPlans',
      summary: 'The plan versions of an instance, newest first',
      tag: 'plans',
      access: { roles: ALL_ROLES, scope: 'none' },
      input: { params: instanceParams },
      responses: { 200: { description: 'without their stays', schema: planList } },
      handle: async ({ params }, res) => {
        if (!(await findInstance(db, params.id)))
          throw new ApiError(404, 'not_found', `no instance ${params.id}`);
        res.json(await listPlans(db, params.id));
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/instances/:id/plans',
      operationId: 'saveDraftPlan',
      summary: 'Save a plan in format v1 as the next draft version of the instance',
      tag: 'plans',
      input: { params: instanceParams, body: plan },
      responses: {
        201: { description: 'saved as a draft; Location names it', schema: planSummary },
        422: {
          description: 'the plan names requests, series occurrences or beds the instance does not have',
        },
      },
      handle: async ({ params, body }, res) => {
        const instance = await exportInstance(db, params.id);
        if (!instance) throw new ApiError(404, 'not_found', `no instance ${params.id}`);
        const unresolved = unresolvedReferences(instance, body);
        if (unresolved.length > 0) {
          const details = unresolved.map(({ refs, message }) => ({ refs, message }));
          throw new ApiError(
            422,
            'unknown_reference',
            `${unresolved.length} references not in instance ${params.id}`,
            details,
          );
        }
        const audited = auditedTransactions(db, (summary: PlanSummary) => ({
          user: currentUser(res),
          action: 'plan.save',
          object: `plan/${summary.id}`,
          after: summary,
        }));
        const saved = await saveDraft(audited, params.id, body);
        res.status(201).location(`/api/plans/${saved.id}`).json(saved);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/plans/:planId',
      operationId: 'getPlan',
      summary: 'One plan version with its stays (format v1)',
      tag: 'plans',
      input: { params: planParams },
      responses: { 200: { description: 'the plan version', schema: planRecord } },
      handle: async ({ params }, res) => {
        const found = await planOrThrow(params.planId);
        await recordRead(db, currentUser(res), `plan/${found.id}`);
        res.set('ETag', `"${found.revision}"`).json(found);
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/api/plans/:planId',
      operationId: 'discardDraft',
      summary: 'Discard a draft (If-Match: "<revision>" optional; when sent, it must be the current one)',
      tag: 'plans',
      input: { params: planParams },
      responses: {
        204: { description: 'deleted' },
        404: { description: 'no such plan' },
        409: { description: 'not_draft: a published version is never deleted' },
        412: { description: 'stale_revision: the draft changed since If-Match was read' },
      },
      handle: async ({ params }, res, req) => {
        const ifMatch = req.get('If-Match')?.trim();
        const user = currentUser(res);
        await db.transaction(async (tx) => {
          const found = await lockPlan(tx, params.planId);
          if (!found) throw new ApiError(404, 'not_found', `no plan ${params.planId}`);
          if (found.status !== 'draft')
            throw new ApiError(
              409,
              'not_draft',
              `versjon ${found.version} er publisert og kan ikke forkastes`,
            );
          if (ifMatch !== undefined && ifMatch !== '*' && revisionOf(ifMatch) !== found.revision)
            throw new ApiError(
              412,
              'stale_revision',
              `utkastet er endret siden (revisjon ${found.revision}); last det inn på nytt`,
              { revision: found.revision },
            );
          await deletePlan(tx, found.id);
          const { plan: _body, ...summary } = found;
          await recordAudit(tx, {
            user,
            action: 'plan.discard',
            object: `plan/${found.id}`,
            before: summary,
          });
        });
        res.status(204).end();
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/plans/:planId/publish',
      operationId: 'publishPlan',
      summary: 'Publish a draft: the latest published version is the one wards work by',
      tag: 'plans',
      input: { params: planParams },
      responses: {
        200: { description: 'published', schema: planSummary },
        409: { description: 'already published' },
      },
      handle: async ({ params }, res) => {
        const audited = auditedTransactions(db, (summary: PlanSummary) => ({
          user: currentUser(res),
          action: 'plan.publish',
          object: `plan/${summary.id}`,
          before: { status: 'draft' },
          after: summary,
        }));
        res.json(await publishPlan(audited, params.planId));
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/plans/:planId/diff/:otherId',
      operationId: 'diffPlans',
      summary: 'What changed from one plan version to another of the same instance, stay by stay',
      tag: 'plans',
      input: { params: diffParams },
      responses: {
        200: { description: 'stays added, removed and moved (from and to)', schema: planDiffAnswer },
        422: { description: 'the two plans belong to different instances' },
      },
      handle: async ({ params }, res) => {
        const [from, to] = await Promise.all([planOrThrow(params.planId), planOrThrow(params.otherId)]);
        if (from.instanceId !== to.instanceId) {
          throw new ApiError(
            422,
            'different_instances',
            `plan ${from.id} belongs to instance ${from.instanceId}, plan ${to.id} to ${to.instanceId}`,
          );
        }
        const user = currentUser(res);
        await recordRead(db, user, `plan/${from.id}`, { diffWith: to.id });
        await recordRead(db, user, `plan/${to.id}`, { diffWith: from.id });
        const { plan: before, ...fromSummary } = from;
        const { plan: after, ...toSummary } = to;
        res.json({ from: fromSummary, to: toSummary, ...diffPlans(before, after) });
      },
    }),
  ];
}
