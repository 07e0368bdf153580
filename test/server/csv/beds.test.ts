import { describe, expect, it } from 'vitest';
import { applyBedCsv } from '../../../server/import/csv/beds/apply.ts';
import { fixture } from '../support/fixtures.ts';
import { csvFixture, refusal } from './support.ts';

const tiny = fixture('tiny');
const header = 'senter;avdeling;rom;seng';
const tinyBeds = csvFixture('tiny-beds');
/** tiny's bed rows with one line changed: line numbers as in the file (1 is the header). */
const withLine = (line: number, text: string) => {
  const lines = tinyBeds.split('\n');
  lines[line - 1] = text;
  return lines.join('\n');
};

describe('importing a bed tree from CSV', () => {
  it('reads fixtures/csv/tiny-beds.csv as exactly the bed tree of fixtures/tiny.json', () => {
    const { instance, dropped } = applyBedCsv(tinyBeds, tiny);
    expect(instance.centres).toEqual(tiny.centres);
    expect(dropped).toEqual([]);
  });

  it('accepts commas between cells and a byte order mark', () => {
    const commas = `\uFEFF${tinyBeds.replaceAll(';', ',')}`;
    expect(applyBedCsv(commas, tiny).instance.centres).toEqual(tiny.centres);
  });

  it('keeps stored names, tags and periods of the columns the file leaves out', () => {
    const ids = tinyBeds
      .trim()
      .split('\n')
      .slice(1)
      .map((row) => {
        const cells = row.split(';');
        return [cells[0], cells[2], cells[6], cells[7]].join(';');
      });
    const { instance } = applyBedCsv([header, ...ids].join('\n'), tiny);
    expect(instance.centres).toEqual(tiny.centres);
  });

  it('sets what a present column says, an empty cell meaning none', () => {
    const { instance } = applyBedCsv(
      `${header};merker\nC1;C1-W1;C1-W1-R1;C1-W1-R1-B1;\nC1;C1-W1;C1-W1-R2;NEW;a|b`,
      {
        ...tiny,
        requests: [],
        series: [],
        fixed: [],
      },
    );
    const beds = instance.centres[0]?.wards[0]?.rooms.map((r) => r.beds.map((b) => [b.id, b.tags]));
    expect(beds).toEqual([[['C1-W1-R1-B1', []]], [['NEW', ['a', 'b']]]]);
  });

  it('lets ward cells be left empty on all but one row of the ward', () => {
    const text = withLine(3, 'C1;;C1-W1;;;;C1-W1-R2;C1-W1-R2-B1;;');
    expect(applyBedCsv(text, tiny).instance.centres).toEqual(tiny.centres);
  });

  it('names the line and column of every bad cell at once', () => {
    const text = withLine(
      2,
      'C1;x;C1-W1;Korttid 1;korttid;2027-02-15/2027-02-10;C1-W1-R1;;bariatrisk;01.13.2027/2027-02-01',
    );
    expect(refusal(() => applyBedCsv(text, tiny))).toEqual([
      {
        line: 2,
        column: 'stengt',
        message: 'perioden 2027-02-15/2027-02-10 slutter ikke etter at den starter',
      },
      { line: 2, column: 'seng', message: 'må fylles ut' },
      {
        line: 2,
        column: 'ute_av_drift',
        message: '«01.13.2027/2027-02-01» er ikke en periode start/slutt, f.eks. 2027-02-01/2027-02-08',
      },
    ]);
  });

  it('refuses a header missing a required column or with one it does not know', () => {
    expect(refusal(() => applyBedCsv('senter;avdeling;seng;farge\nC1;W1;B1;blå', tiny))).toEqual([
      {
        line: 1,
        column: 'farge',
        message:
          'ukjent kolonne «farge» (kjente kolonner: senter, senternavn, avdeling, avdelingsnavn, avdelingsmerker, stengt, rom, seng, merker, ute_av_drift, bemanning)',
      },
      { line: 1, column: 'rom', message: 'kolonnen rom mangler' },
    ]);
  });

  it('matches headers without case, spaces or underscores, and by their English names', () => {
    const [, ...rows] = tinyBeds.split('\n');
    const english = 'Centre;Centre_Name;WARD;Ward name;wardTags;Closures;Room;Bed;Tags;Ute av drift';
    expect(applyBedCsv([english, ...rows].join('\n'), tiny).instance.centres).toEqual(tiny.centres);
  });

  it('ignores columns without a header, as a spreadsheet writes after the last column', () => {
    const text = tinyBeds.replaceAll('\n', ';\n');
    expect(applyBedCsv(text, tiny).instance.centres).toEqual(tiny.centres);
  });

  it('refuses a bed listed twice, naming both lines', () => {
    const text = withLine(3, 'C1;;C1-W1;;;;C1-W1-R2;C1-W1-R1-B1;;');
    expect(refusal(() => applyBedCsv(text, { ...tiny, fixed: [] }))).toEqual([
      { line: 3, column: 'seng', message: 'seng C1-W1-R1-B1 står også på linje 2' },
    ]);
  });

  it('refuses a ward under two centres and a room under two wards', () => {
    const text = `${header}\nC1;W1;R1;B1\nC2;W1;R2;B2\nC1;W2;R1;B3`;
    expect(refusal(() => applyBedCsv(text, tiny))).toEqual([
      { line: 3, column: 'avdeling', message: 'avdeling W1 hører til C1 på linje 2' },
      { line: 4, column: 'rom', message: 'rom R1 hører til W1 på linje 2' },
    ]);
  });

  it('refuses ward cells that disagree between rows of one ward', () => {
    const text = withLine(3, 'C1;;C1-W1;Korttid 2;;;C1-W1-R2;C1-W1-R2-B1;;');
    expect(refusal(() => applyBedCsv(text, tiny))).toEqual([
      {
        line: 3,
        column: 'avdelingsnavn',
        message: 'navnet på avdeling C1-W1 er oppgitt annerledes på linje 2',
      },
    ]);
  });

  it('refuses to drop a bed or centre the rest of the instance names', () => {
    const text = tinyBeds.split('\n').slice(0, 5).join('\n');
    expect(refusal(() => applyBedCsv(text, tiny)).map((i) => i.message)).toEqual([
      'seng C2-W1-R1-B1 mangler i fila, men forespørsel R3 (låst seng) bruker den',
      'senter C2 mangler i fila, men forespørsel R10 ønsker det',
      'senter C2 mangler i fila, men rullering S1 ønsker det',
      'seng C2-W2-R2-B1 mangler i fila, men rullering S2 (låst opphold 1) bruker den',
    ]);
    const noBed = withLine(3, '');
    expect(refusal(() => applyBedCsv(noBed, tiny))).toEqual([
      {
        line: null,
        column: null,
        message: 'seng C1-W1-R2-B1 mangler i fila, men fast opphold F1 bruker den',
      },
    ]);
  });

  it('reports the beds it drops', () => {
    const text = withLine(4, '');
    expect(applyBedCsv(text, tiny).dropped).toEqual(['C1-W1-R2-B2']);
  });

  it('refuses a file with a header and no rows', () => {
    expect(refusal(() => applyBedCsv(`${header}\n`, tiny))).toEqual([
      { line: 2, column: null, message: 'fila har ingen rader under overskriften' },
    ]);
  });
});
