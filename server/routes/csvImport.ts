import { z } from 'zod';
import type { Instance } from '../../solver/formats.ts';
import { currentUser } from '../auth/access.ts';
import { recordAudit } from '../audit/record.ts';
import type { Database, Queryable } from '../db/database.ts';
import { ApiError } from '../errors.ts';
import { defineRoute, type Route } from '../http/route.ts';
import { applyBedCsv } from '../import/csv/beds/apply.ts';
import { replaceBedTree } from '../import/csv/beds/store.ts';
import { bedRow } from '../import/csv/beds/row.ts';
import { readCsvRows } from '../import/csv/body.ts';
import { CsvImportError, invalidCsv } from '../import/csv/issues.ts';
import { plansUsing } from '../import/csv/plansUsing.ts';
import { applyRequestCsv } from '../import/csv/requests/apply.ts';
import { requestRow } from '../import/csv/requests/row.ts';
import { appendRequests } from '../import/csv/requests/store.ts';
import { exportInstance, findInstance } from '../repos/instances.ts';
import { instanceEntry } from '../schemas.ts';
import { instanceParams } from './params.ts';

const count = z.number().int().min(0);

const bedImportResult = z.object({
  instance: instanceEntry,
  beds: z.object({ kept: count, added: z.array(z.string()), dropped: z.array(z.string()) }),
});

const requestImportResult = z.object({
  instance: instanceEntry,
  added: z.object({ requests: z.array(z.string()), people: z.array(z.string()) }),
});

const invalidCsvDoc = {
  description: 'the file is refused, nothing stored: details lists every { line, column, message }',
};

/** The stored instance, locked until the transaction ends so that imports of one instance queue up. */
async function lockedInstance(tx: Queryable, id: string): Promise<Instance> {
  const locked = await tx.query('SELECT id FROM instances WHERE id = $1 FOR UPDATE', [id]);
  const found = locked.length > 0 ? await exportInstance(tx, id) : null;
  if (!found) throw new ApiError(404, 'not_found', `no instance ${id}`);
  return found;
}

const refusingBadFiles = <T>(apply: () => T): T => {
  try {
    return apply();
  } catch (error) {
    if (error instanceof CsvImportError) throw invalidCsv(error.issues);
    throw error;
  }
};

const bedIds = (instance: Instance) =>
  instance.centres.flatMap((c) => c.wards.flatMap((w) => w.rooms.flatMap((r) => r.beds.map((b) => b.id))));

/** Imports from spreadsheets: the bed tree and the waiting list of an instance as CSV (text/csv, UTF-8). */
export function csvImportRoutes(db: Database): Route[] {
  return [
    defineRoute({
      method: 'post',
      path: '/api/instances/:id/beds.csv',
      operationId: 'importBedsCsv',
      summary:
        'Replace the bed tree of an instance with a CSV file (text/csv): one bed per row, columns senter;avdeling;rom;seng and optional senternavn, avdelingsnavn, avdelingsmerker, stengt, merker, ute_av_drift, bemanning',
      tag: 'instances',
      input: { params: instanceParams },
      responses: {
        200: { description: 'stored: the new bed tree is in place', schema: bedImportResult },
        409: { description: 'a plan version places stays in beds the file leaves out (beds_in_use)' },
        415: { description: 'the body is not text/csv' },
        422: invalidCsvDoc,
      },
      handle: async ({ params }, res, req) => {
        const file = await readCsvRows(req, res, bedRow);
        const user = currentUser(res);
        const beds = await db.transaction(async (tx) => {
          const current = await lockedInstance(tx, params.id);
          const { instance, dropped } = refusingBadFiles(() => applyBedCsv(file, current));
          const inUse = await plansUsing(tx, params.id, dropped);
          if (inUse.length > 0) {
            const named = [...new Set(inUse.flatMap((p) => p.bedIds))].join(', ');
            throw new ApiError(
              409,
              'beds_in_use',
              `planer har opphold i senger fila tar bort: ${named}`,
              inUse,
            );
          }
          await replaceBedTree(tx, params.id, instance.centres);
          const before = new Set(bedIds(current));
          const after = bedIds(instance);
          const result = {
            kept: after.filter((b) => before.has(b)).length,
            added: after.filter((b) => !before.has(b)),
            dropped,
          };
          await recordAudit(tx, {
            user,
            action: 'instance.beds.import',
            object: `instance/${params.id}`,
            before: { beds: before.size },
            after: { beds: after.length, added: result.added, dropped },
          });
          return result;
        });
        res.json({ instance: await findInstance(db, params.id), beds });
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/instances/:id/requests.csv',
      operationId: 'importRequestsCsv',
      summary:
        'Add requests to the waiting list of an instance from a CSV file (text/csv): one request per row, columns id;person;type;tidligst;netter;prioritet;kilde and optional kjønn, senest, merker, ønsket_senter',
      tag: 'instances',
      input: { params: instanceParams },
      responses: {
        201: { description: 'stored: the requests are on the waiting list', schema: requestImportResult },
        415: { description: 'the body is not text/csv' },
        422: invalidCsvDoc,
      },
      handle: async ({ params }, res, req) => {
        const file = await readCsvRows(req, res, requestRow);
        const user = currentUser(res);
        const added = await db.transaction(async (tx) => {
          const current = await lockedInstance(tx, params.id);
          const { requests, people } = refusingBadFiles(() => applyRequestCsv(file, current));
          await appendRequests(tx, params.id, { requests, people });
          await recordAudit(tx, {
            user,
            action: 'instance.requests.import',
            object: `instance/${params.id}`,
            after: { requests, people },
          });
          return { requests: requests.map((r) => r.id), people: people.map((p) => p.id) };
        });
        res.status(201).json({ instance: await findInstance(db, params.id), added });
      },
    }),
  ];
}
