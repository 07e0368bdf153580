import { auditPage, auditQuery } from '../../api/audit.ts';
import { readAudit } from '../audit/read.ts';
import { recordAudit } from '../audit/record.ts';
import { ADMINS, currentUser } from '../auth/access.ts';
import type { Database } from '../db/database.ts';
import { defineRoute, type Route } from '../http/route.ts';

const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 24 * 60 * 60 * 1000);

/** The audit log (Normen): admins read it; nothing in the API changes or deletes it. */
export function auditRoutes(db: Database): Route[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/audit',
      operationId: 'listAudit',
      summary: 'Audit rows, newest first: who did or read what, when, with before and after (admin only)',
      tag: 'audit',
      access: { roles: ADMINS },
      input: { query: auditQuery },
      responses: {
        200: {
          description: 'one page; `next` is the `beforeId` of the next page (null on the last)',
          schema: auditPage,
        },
      },
      handle: async ({ query }, res) => {
        const page = await readAudit(db, {
          username: query.username,
          object: query.object,
          from: query.from === undefined ? undefined : new Date(`${query.from}T00:00:00Z`),
          to: query.to === undefined ? undefined : nextDay(query.to),
          beforeId: query.beforeId,
          limit: query.limit,
        });
        // Reading the log is itself logged, after the page was read.
        await recordAudit(db, { user: currentUser(res), action: 'read', object: 'audit', after: query });
        res.json(page);
      },
    }),
  ];
}
