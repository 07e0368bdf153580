import { describe, expect, it } from 'vitest';
import { addDays, DayIndex, daysBetween, isIsoDate, lastNight, nightsOf } from '../solver/dates.ts';

describe('dates and nights', () => {
  it('a stay from 2027-01-04 to 2027-01-18 is 14 nights', () => {
    expect(nightsOf({ start: '2027-01-04', end: '2027-01-18' })).toBe(14);
  });

  it('a stay ends on its departure day, so its last night is the day before', () => {
    expect(lastNight({ start: '2027-01-04', end: '2027-01-18' })).toBe('2027-01-17');
  });

  it('a stay across the spring clock change still counts whole nights', () => {
    expect(nightsOf({ start: '2027-03-20', end: '2027-04-03' })).toBe(14);
  });

  it('a stay across the autumn clock change still counts whole nights', () => {
    expect(nightsOf({ start: '2027-10-25', end: '2027-11-08' })).toBe(14);
  });

  it('adding days crosses month and leap-year ends', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2027-01-18', -14)).toBe('2027-01-04');
  });

  it('days between is negative when the second date is earlier', () => {
    expect(daysBetween('2027-01-18', '2027-01-04')).toBe(-14);
  });

  it('an impossible calendar date is not an ISO date', () => {
    expect(isIsoDate('2027-02-30')).toBe(false);
    expect(isIsoDate('2027-2-3')).toBe(false);
    expect(isIsoDate('2027-02-03')).toBe(true);
  });

  it('a day index maps dates to night numbers and back', () => {
    const index = new DayIndex('2027-01-04');
    expect(index.of('2027-07-05')).toBe(182);
    expect(index.date(182)).toBe('2027-07-05');
  });
});
