import { describe, expect, it } from 'vitest';
import { applyBedCsv } from '../../../server/import/csv/beds/apply.ts';
import type { Instance } from '../../../solver/formats.ts';
import { fixture } from '../support/fixtures.ts';
import { csvFixture, refusal } from './support.ts';

/** tiny.json with ward C1-W1 (4 beds on lines 2-5 of tiny-beds.csv) staffed for 3 beds in February. */
function cappedTiny(): Instance {
  const tiny = fixture('tiny');
  const ward = tiny.centres[0]?.wards[0];
  if (ward?.id !== 'C1-W1') throw new Error('tiny.json changed');
  ward.capacity = [{ start: '2027-02-01', end: '2027-03-01', beds: 3 }];
  return tiny;
}

describe('a bed CSV and the beds a ward is staffed for', () => {
  it('a bed CSV keeps the stored capacity periods of the wards it names', () => {
    const capped = cappedTiny();
    expect(applyBedCsv(csvFixture('tiny-beds'), capped).instance.centres).toEqual(capped.centres);
  });

  it('a bed CSV that leaves a ward no more beds than it is staffed for is refused, naming bemanning', () => {
    const lines = csvFixture('tiny-beds').split('\n');
    const withoutOneBed = lines.filter((_, i) => i !== 4).join('\n');
    const capped = { ...cappedTiny(), requests: [], series: [], fixed: [] };
    expect(refusal(() => applyBedCsv(withoutOneBed, capped))).toEqual([
      { line: 2, column: 'bemanning', message: "beds must be below the ward's 3 beds" },
    ]);
  });
});

describe('the bemanning column of a bed CSV', () => {
  const header = 'senter;avdeling;rom;seng;bemanning';
  const beds = (cell: string) =>
    [
      header,
      `C1;C1-W1;C1-W1-R1;C1-W1-R1-B1;${cell}`,
      'C1;C1-W1;C1-W1-R2;C1-W1-R2-B1;',
      'C1;C1-W1;C1-W1-R2;C1-W1-R2-B2;',
    ].join('\n');
  const empty = { ...fixture('tiny'), requests: [], series: [], fixed: [] };

  it('sets the beds a ward is staffed for, by period, Norwegian dates allowed', () => {
    const { instance } = applyBedCsv(beds('2027-07-01/2027-08-01=2|1.8.2027/15.8.2027=1'), empty);
    expect(instance.centres[0]?.wards[0]?.capacity).toEqual([
      { start: '2027-07-01', end: '2027-08-01', beds: 2 },
      { start: '2027-08-01', end: '2027-08-15', beds: 1 },
    ]);
  });

  it('an empty bemanning cell on every row of a capped ward leaves it staffed for all its beds', () => {
    const capped = { ...cappedTiny(), requests: [], series: [], fixed: [] };
    const { instance } = applyBedCsv(beds(''), capped);
    expect(instance.centres[0]?.wards[0]).not.toHaveProperty('capacity');
  });

  it('a bemanning cell that is not start/slutt=senger is refused at its line and column', () => {
    expect(refusal(() => applyBedCsv(beds('2027-07-01/2027-08-01'), empty))).toEqual([
      {
        line: 2,
        column: 'bemanning',
        message:
          '«2027-07-01/2027-08-01» er ikke en periode med senger start/slutt=senger, f.eks. 2027-07-01/2027-08-01=10',
      },
    ]);
  });

  it('a ward staffed for as many beds as the file gives it is refused at its bemanning cell', () => {
    expect(refusal(() => applyBedCsv(beds('2027-07-01/2027-08-01=3'), empty))).toEqual([
      { line: 2, column: 'bemanning', message: "beds must be below the ward's 3 beds" },
    ]);
  });
});
