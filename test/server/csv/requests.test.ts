import { describe, expect, it } from 'vitest';
import { applyRequestCsv } from '../../../server/import/csv/requests/apply.ts';
import { fixture } from '../support/fixtures.ts';
import { csvFixture, refusal } from './support.ts';

const tiny = fixture('tiny');
const header = 'id;person;kjønn;type;tidligst;senest;netter;prioritet;kilde;merker;ønsket_senter';

describe('importing requests from CSV', () => {
  it('adds the rows of fixtures/csv/tiny-requests.csv after the stored requests, in file order', () => {
    const { instance, requests, people } = applyRequestCsv(csvFixture('tiny-requests'), tiny);
    expect(requests).toEqual([
      {
        id: 'R20',
        personId: 'P3',
        kind: 'korttid',
        earliestStart: '2027-01-11',
        latestStart: '2027-01-18',
        nights: 7,
        priority: 2,
        source: 'hospital',
        requiredTags: ['korttid'],
        preferredCentres: ['C1'],
      },
      {
        id: 'R21',
        personId: 'P20',
        kind: 'rehab',
        earliestStart: '2027-01-15',
        latestStart: '2027-01-22',
        nights: 21,
        priority: 3,
        source: 'home',
        requiredTags: ['rehab'],
        preferredCentres: [],
      },
      {
        id: 'R22',
        personId: 'P21',
        kind: 'vurdering',
        earliestStart: '2027-02-01',
        latestStart: '2027-02-01',
        nights: 5,
        priority: 1,
        source: 'hospital',
        requiredTags: [],
        preferredCentres: ['C1', 'C2'],
      },
    ]);
    expect(people).toEqual([
      { id: 'P20', sex: 'F', partnerId: null },
      { id: 'P21', sex: 'M', partnerId: null },
    ]);
    expect(instance.requests.map((r) => r.id)).toEqual([
      ...tiny.requests.map((r) => r.id),
      'R20',
      'R21',
      'R22',
    ]);
  });

  it('names the line and column of every bad cell at once', () => {
    const text = `${header}\nR20;P3;;kortid;2027-02-30;;0;6;sykehjem;;\nR21;P3;;rehab;2027-01-10;2027-01-05;7;1;hjemme;;`;
    expect(refusal(() => applyRequestCsv(text, tiny))).toEqual([
      {
        line: 2,
        column: 'type',
        message: '«kortid» er ikke en av korttid, rehab, avlastning, ohd, trygghet, vurdering',
      },
      { line: 2, column: 'tidligst', message: '«2027-02-30» er ikke en dato (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ)' },
      { line: 2, column: 'netter', message: '«0» er ikke et helt tall fra 1 til 1000' },
      { line: 2, column: 'prioritet', message: '«6» er ikke et helt tall fra 1 til 5' },
      { line: 2, column: 'kilde', message: '«sykehjem» er ikke en av sykehus, hjemme, hospital, home' },
    ]);
  });

  it('refuses latest start before earliest start', () => {
    const text = `${header}\nR21;P3;;rehab;2027-01-10;2027-01-05;7;1;hjemme;;`;
    expect(refusal(() => applyRequestCsv(text, tiny))).toEqual([
      { line: 2, column: 'senest', message: 'senest (2027-01-05) er før tidligst (2027-01-10)' },
    ]);
  });

  it('refuses an id already on the waiting list or twice in the file', () => {
    const text = `${header}\nR1;P3;;rehab;2027-01-10;;7;1;hjemme;;\nR30;P3;;rehab;2027-01-10;;7;1;hjemme;;\nR30;P3;;rehab;2027-01-10;;7;1;hjemme;;`;
    expect(refusal(() => applyRequestCsv(text, tiny))).toEqual([
      { line: 2, column: 'id', message: 'forespørsel R1 finnes allerede' },
      { line: 4, column: 'id', message: 'forespørsel R30 står også på linje 3' },
    ]);
  });

  it('needs the sex of a new person and refuses one that contradicts what is known', () => {
    const text = `${header}\nR30;P99;;rehab;2027-01-10;;7;1;hjemme;;\nR31;P3;K;rehab;2027-01-10;;7;1;hjemme;;\nR32;P98;M;rehab;2027-01-10;;7;1;hjemme;;\nR33;P98;K;rehab;2027-01-10;;7;1;hjemme;;`;
    expect(refusal(() => applyRequestCsv(text, tiny))).toEqual([
      { line: 2, column: 'kjønn', message: 'person P99 er ny: oppgi kjønn (K eller M)' },
      { line: 3, column: 'kjønn', message: 'person P3 er registrert med kjønn M' },
      { line: 5, column: 'kjønn', message: 'person P98 står på linje 4 med kjønn M' },
    ]);
  });

  it('refuses a preferred centre the instance does not have', () => {
    const text = `${header}\nR30;P3;;rehab;2027-01-10;;7;1;hjemme;;C1|C9`;
    expect(refusal(() => applyRequestCsv(text, tiny))).toEqual([
      { line: 2, column: 'ønsket_senter', message: 'ukjent senter C9' },
    ]);
  });

  it('needs no kjønn column when every person is known', () => {
    const text = 'id,person,type,tidligst,netter,prioritet,kilde\nR30,P3,ohd,2027-01-10,2,1,sykehus';
    expect(applyRequestCsv(text, tiny).requests.map((r) => [r.id, r.latestStart])).toEqual([
      ['R30', '2027-01-10'],
    ]);
  });
});
