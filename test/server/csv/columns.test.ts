import { describe, expect, it } from 'vitest';
import { bedRow } from '../../../server/import/csv/beds/row.ts';
import { columnsOf } from '../../../server/import/csv/columns.ts';
import { requestRow } from '../../../server/import/csv/requests/row.ts';

const summary = (row: Parameters<typeof columnsOf>[0]) =>
  columnsOf(row).map((c) => `${c.header}${c.required ? '' : '?'}`);

describe('the CSV formats, read from their row schemas', () => {
  it('has a bed file of senter;avdeling;rom;seng with optional names, tags, periods and staffing', () => {
    expect(summary(bedRow)).toEqual([
      'senter',
      'senternavn?',
      'avdeling',
      'avdelingsnavn?',
      'avdelingsmerker?',
      'stengt?',
      'rom',
      'seng',
      'merker?',
      'ute_av_drift?',
      'bemanning?',
    ]);
  });

  it('has a request file of id;person;type;tidligst;netter;prioritet;kilde with optional kjønn and wishes', () => {
    expect(summary(requestRow)).toEqual([
      'id',
      'person',
      'kjønn?',
      'type',
      'tidligst',
      'senest?',
      'netter',
      'prioritet',
      'kilde',
      'merker?',
      'ønsket_senter?',
    ]);
  });

  it('knows each column by its English field name too', () => {
    expect(columnsOf(requestRow).find((c) => c.header === 'tidligst')?.aliases).toEqual(['earliestStart']);
  });
});
