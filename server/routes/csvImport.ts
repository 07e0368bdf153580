import { bedImportResult, requestImportResult } from '../../api/csvImport.ts';
import { instanceParams } from '../../api/params.ts';
import { currentUser } from '../auth/access.ts';
import type { Database } from '../db/database.ts';
import { defineRoute, type Route } from '../http/route.ts';
import { importBedCsv } from '../import/csv/beds/import.ts';
import { bedRow } from '../import/csv/beds/row.ts';
import { readCsvRows } from '../import/csv/body.ts';
import { requestRow } from '../import/csv/requests/row.ts';
import { importRequestCsv } from '../import/csv/requests/import.ts';
import { findInstance } from '../repos/instances.ts';

const invalidCsvDoc = {
  description: 'the file is refused, nothing stored: details lists every { line, column, message }',
};

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
        const beds = await importBedCsv(db, params.id, file, currentUser(res));
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
        const added = await importRequestCsv(db, params.id, file, currentUser(res));
        res.status(201).json({ instance: await findInstance(db, params.id), added });
      },
    }),
  ];
}
