import { overrideBody, overrideResult } from '../../api/overrides.ts';
import { planParams } from '../../api/params.ts';
import { currentUser } from '../auth/access.ts';
import type { Database } from '../db/database.ts';
import { ApiError } from '../errors.ts';
import { defineRoute, type Route } from '../http/route.ts';
import { etagOf, revisionOf } from '../overrides/ifMatch.ts';
import { stayAfter } from '../overrides/stayAfter.ts';
import { overridePlan } from '../overrides/store.ts';

/** Manual overrides of a draft: move, resize or place a stay, pin or unpin it, take it out of the plan. */
export function overrideRoutes(db: Database): Route[] {
  return [
    defineRoute({
      method: 'post',
      path: '/api/plans/:planId/overrides',
      operationId: 'overridePlan',
      summary:
        'Change one stay of a draft by hand (If-Match: "<revision>"); every hard rule is checked first',
      tag: 'plans',
      input: { params: planParams, body: overrideBody },
      responses: {
        200: { description: 'written; ETag is the new revision', schema: overrideResult },
        404: { description: 'no such plan, request or series' },
        409: {
          description:
            'rule_broken (details: rule, message in bokmål, other: the stay in the way) or not_draft',
        },
        412: { description: 'stale_revision: the plan changed since If-Match was read' },
        428: { description: 'revision_required: no If-Match' },
      },
      handle: async ({ params, body }, res, req) => {
        const revision = revisionOf(req.get('If-Match'));
        if (revision === undefined)
          throw new ApiError(
            428,
            'revision_required',
            'endringen må si hvilken revisjon av planen den bygger på (If-Match: "<revisjon>")',
          );
        const user = currentUser(res);
        const result = await overridePlan(db, { planId: params.planId, revision, override: body, user });
        const stay = await stayAfter(db, user, result);
        res
          .set('ETag', etagOf(result.revision))
          .json({ revision: result.revision, ...(stay ? { stay } : {}) });
      },
    }),
  ];
}
