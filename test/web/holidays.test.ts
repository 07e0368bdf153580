import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { publicHolidays } from '../../web/src/lib/holidays.ts';

describe("Norway's public holidays from the holidays library", () => {
  it('gives every public holiday of 2027 by its bokmål name, the two on 17 May joined', () => {
    expect(Object.fromEntries(publicHolidays(Holidays, '2027-01-01', '2028-01-01'))).toEqual({
      '2027-01-01': 'Første nyttårsdag',
      '2027-03-25': 'Skjærtorsdag',
      '2027-03-26': 'Langfredag',
      '2027-03-28': 'Første påskedag',
      '2027-03-29': 'Andre påskedag',
      '2027-05-01': 'Arbeidernes dag',
      '2027-05-06': 'Kristi himmelfartsdag',
      '2027-05-16': 'Første pinsedag',
      '2027-05-17': 'Grunnlovsdagen, Andre pinsedag',
      '2027-12-25': 'Første juledag',
      '2027-12-26': 'Andre juledag',
    });
  });

  it('keeps only the days from the start up to but not including the end, across a new year', () => {
    expect([...publicHolidays(Holidays, '2026-12-26', '2027-03-25').keys()]).toEqual([
      '2026-12-26',
      '2027-01-01',
    ]);
  });
});
