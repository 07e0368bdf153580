/** A CSV upload is read in slices, with a cap on its lines and on the issues it lists. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRows } from '../../../server/import/csv/columns.ts';
import { MAX_LISTED_ISSUES } from '../../../server/import/csv/issues.ts';
import { requestRow } from '../../../server/import/csv/requests/row.ts';
import { runAtOnce, runInSlices } from '../../../server/import/csv/slices.ts';
import { MAX_COLUMNS, MAX_CSV_LINES, MAX_RECORD_CHARS } from '../../../server/import/csv/table.ts';
import { testApp, type TestApp } from '../support/app.ts';
import { START_TIMEOUT_MS } from '../support/engines.ts';
import { fixtureJson } from '../support/fixtures.ts';
import { refusal } from '../csv/support.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
  await t.planner.post('/api/instances?id=tiny').send(fixtureJson('tiny')).expect(201);
}, START_TIMEOUT_MS);
afterAll(async () => {
  await t.close();
});

const header = 'id;person;type;tidligst;netter;prioritet;kilde';
const validRow = (i: number) => `X${i};P1;korttid;2027-02-01;7;3;hjemme`;
const postRequests = (text: string) =>
  t.planner.post('/api/instances/tiny/requests.csv').set('Content-Type', 'text/csv').send(text);

describe('POST /api/instances/:id/requests.csv', () => {
  it(`refuses a file of more than ${MAX_CSV_LINES} lines with 422 naming the cap`, async () => {
    const text = [header, ...Array.from({ length: MAX_CSV_LINES }, (_, i) => validRow(i))].join('\n');
    const response = await postRequests(text);
    expect(response.status).toBe(422);
    expect(response.body.error.details).toEqual([
      { line: MAX_CSV_LINES + 1, column: null, message: `fila har mer enn ${MAX_CSV_LINES} linjer` },
    ]);
  });

  it(`lists the first ${MAX_LISTED_ISSUES} issues of a file with a bad cell on every line`, async () => {
    const rows = Array.from({ length: 5_000 }, (_, i) => `X${i};P1;korttid;2027-02-01;0;3;hjemme`);
    const response = await postRequests([header, ...rows].join('\n'));
    expect(response.status).toBe(422);
    expect(response.body.error.details).toHaveLength(MAX_LISTED_ISSUES);
    expect(response.body.error.details[0]).toEqual({
      line: 2,
      column: 'netter',
      message: '«0» er ikke et helt tall fra 1 til 1000',
    });
    expect(response.body.error.message).toContain(`de ${MAX_LISTED_ISSUES} første er listet`);
  });
});

describe('reading a file in slices', () => {
  const manyRows = [header, ...Array.from({ length: 3_000 }, (_, i) => validRow(i))].join('\n');

  it('lets a timer run before a large file is read', async () => {
    let timerRan = false;
    const timer = setTimeout(() => {
      timerRan = true;
    }, 0);
    let timerRanBeforeTheEnd = false;
    await runInSlices(readRows(manyRows, requestRow)).then(() => {
      timerRanBeforeTheEnd = timerRan;
    });
    clearTimeout(timer);
    expect(timerRanBeforeTheEnd).toBe(true);
  });

  it('reads the same rows in slices as at once', async () => {
    const sliced = await runInSlices(readRows(manyRows, requestRow), 0);
    expect(sliced.rows).toEqual(runAtOnce(readRows(manyRows, requestRow)).rows);
    expect(sliced.rows).toHaveLength(3_000);
  });

  it('keeps the line of each row across pieces, with a cell spanning lines and blank lines', () => {
    const rows = Array.from({ length: 600 }, (_, i) => validRow(i));
    rows[198] = 'X198;P1;korttid;2027-02-01;7;3;"hjem\nme"';
    rows[450] = '';
    rows[499] = 'X499;P1;korttid;2027-02-01;0;3;hjemme';
    const issues = refusal(() => runAtOnce(readRows([header, ...rows].join('\n'), requestRow)));
    expect(issues.map((i) => [i.line, i.column])).toEqual([
      [200, 'kilde'],
      [502, 'netter'],
    ]);
  });

  it(`refuses a line of more than ${MAX_RECORD_CHARS} characters, naming it`, () => {
    const text = [header, validRow(1), 'x;'.repeat(MAX_RECORD_CHARS)].join('\n');
    expect(refusal(() => runAtOnce(readRows(text, requestRow)))).toEqual([
      { line: 3, column: null, message: `linjen er lengre enn ${MAX_RECORD_CHARS} tegn` },
    ]);
  });

  it(`refuses a quoted cell of more than ${MAX_RECORD_CHARS} characters over many lines`, () => {
    const text = [header, `X1;P1;korttid;2027-02-01;7;3;"${'hjemme\n'.repeat(2_000)}"`].join('\n');
    const [issue] = refusal(() => runAtOnce(readRows(text, requestRow)));
    expect(issue?.message).toMatch(/^filen kan ikke leses som CSV: Max Record Size/);
  });

  it(`refuses a header of more than ${MAX_COLUMNS} columns with one issue`, () => {
    const text = [Array.from({ length: MAX_COLUMNS + 1 }, (_, i) => `k${i}`).join(';'), 'x'].join('\n');
    expect(refusal(() => runAtOnce(readRows(text, requestRow)))).toEqual([
      {
        line: 1,
        column: null,
        message: `overskriften har ${MAX_COLUMNS + 1} kolonner, mer enn ${MAX_COLUMNS}`,
      },
    ]);
  });
});
