import { instanceParams, planParams } from '../../api/params.ts';
import { diffParams, planDiffAnswer, planList, planRecord, planSummary } from '../../api/plans.ts';
import { plan } from '../../solver/formats.ts';
import { recordRead } from '../audit/record.ts';
import { ALL_ROLES, currentUser } from '../auth/access.ts';
import type { Database } from '../db/database.ts';
import { ApiError } from '../errors.ts';
import { defineRoute, type Route } from '../http/route.ts';
import { compareVersions } from '../plans/compare.ts';
import { discardDraft } from '../plans/discard.ts';
import { requirePlan } from '../plans/found.ts';
import { publishDraft } from '../plans/publish.ts';
import { saveCheckedDraft } from '../plans/save.ts';
import { findInstance } from '../repos/instances.ts';
import { listPlans } from '../repos/plans.ts';

/** Plan versions of an instance: drafts, publishing, and what changed between two versions. */
export function planRoutes(db: Database): Route[] {
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
          throw new ApiError(404, 'not_found', `finner ikke instansen ${params.id}`);
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
        const saved = await saveCheckedDraft(db, currentUser(res), params.id, body);
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
        const found = await requirePlan(db, params.planId);
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
        await discardDraft(db, currentUser(res), params.planId, req.get('If-Match')?.trim());
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
        res.json(await publishDraft(db, currentUser(res), params.planId));
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
        res.json(await compareVersions(db, currentUser(res), params.planId, params.otherId));
      },
    }),
  ];
}
