import { randomUUID } from 'node:crypto';
import { bedTree, importQuery, instanceEntry, instanceList, requestList } from '../../api/instances.ts';
import { instanceParams } from '../../api/params.ts';
import { auditedTransactions } from '../audit/audited.ts';
import { recordRead } from '../audit/record.ts';
import { ALL_ROLES, currentUser } from '../auth/access.ts';
import { instance } from '../../solver/formats.ts';
import type { Database } from '../db/database.ts';
import { ApiError } from '../errors.ts';
import { defineRoute, type Route } from '../http/route.ts';
import { findInstance, exportInstance, importInstance, listInstances } from '../repos/instances.ts';
import { readBedTree } from '../repos/bedTree.ts';
import { readRequests } from '../repos/requests.ts';

const notFound = (id: string) => new ApiError(404, 'not_found', `finner ikke instansen ${id}`);

/** Planning instances: import and export in format v1, and their parts. */
export function instanceRoutes(db: Database): Route[] {
  const existing = async (id: string) => {
    if (!(await findInstance(db, id))) throw notFound(id);
  };
  return [
    defineRoute({
      method: 'get',
      path: '/api/instances',
      operationId: 'listInstances',
      summary: 'The stored instances with what each holds',
      tag: 'instances',
      access: { roles: ALL_ROLES, scope: 'none' },
      input: {},
      responses: { 200: { description: 'oldest first', schema: instanceList } },
      handle: async (_input, res) => {
        res.json(await listInstances(db));
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/instances',
      operationId: 'importInstance',
      summary: 'Import an instance in format v1 (all of it or nothing)',
      tag: 'instances',
      input: { query: importQuery, body: instance },
      responses: {
        201: { description: 'stored; Location names it', schema: instanceEntry },
        409: { description: 'the id is taken' },
      },
      handle: async ({ query, body }, res) => {
        const id = query.id ?? randomUUID();
        const audited = auditedTransactions(db, () => ({
          user: currentUser(res),
          action: 'instance.import',
          object: `instance/${id}`,
          after: { name: query.name ?? id, horizon: body.horizon },
        }));
        const entry = await importInstance(audited, body, { ...query, id });
        res
          .status(201)
          .location(`/api/instances/${encodeURIComponent(entry.id)}`)
          .json(entry);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/instances/:id',
      operationId: 'exportInstance',
      summary: 'Export an instance in format v1, exactly as imported',
      tag: 'instances',
      input: { params: instanceParams },
      responses: { 200: { description: 'the instance', schema: instance } },
      handle: async ({ params }, res) => {
        const found = await exportInstance(db, params.id);
        if (!found) throw notFound(params.id);
        await recordRead(db, currentUser(res), `instance/${params.id}`);
        res.json(found);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/instances/:id/beds',
      operationId: 'getBedTree',
      summary: 'The bed tree: centres, wards, rooms and beds',
      tag: 'instances',
      access: { roles: ALL_ROLES, scope: 'none' },
      input: { params: instanceParams },
      responses: { 200: { description: 'the bed tree in format v1', schema: bedTree } },
      handle: async ({ params }, res) => {
        await existing(params.id);
        res.json({ centres: await readBedTree(db, params.id) });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/instances/:id/requests',
      operationId: 'listRequests',
      summary: 'The waiting list: requests in format v1',
      tag: 'instances',
      input: { params: instanceParams },
      responses: { 200: { description: 'in the order imported', schema: requestList } },
      handle: async ({ params }, res) => {
        await existing(params.id);
        const requests = await readRequests(db, params.id);
        await recordRead(db, currentUser(res), `instance/${params.id}/requests`);
        res.json(requests);
      },
    }),
  ];
}
