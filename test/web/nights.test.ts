import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, todayInNorway } from '../../web/src/lib/isoDates.ts';
import { formatStay, nightCount } from '../../web/src/lib/nights.ts';

describe('a stay shown as the nights people stay', () => {
  it('names the first and last night and labels the departure day within one month', () => {
    expect(formatStay('2027-02-03', '2027-02-10')).toBe('netter 3.–9. feb, avreise 10. feb');
  });

  it('names both months when the nights cross a month', () => {
    expect(formatStay('2027-01-28', '2027-02-04')).toBe('netter 28. jan–3. feb, avreise 4. feb');
  });

  it('shows a departure on the first of the month without moving the last night into it', () => {
    expect(formatStay('2027-01-25', '2027-02-01')).toBe('netter 25.–31. jan, avreise 1. feb');
  });

  it('says natt for a single night', () => {
    expect(formatStay('2027-03-05', '2027-03-06')).toBe('natt 5. mar, avreise 6. mar');
  });

  it('names the years when the nights cross a new year', () => {
    expect(formatStay('2026-12-30', '2027-01-02')).toBe(
      'netter 30. des 2026–1. jan 2027, avreise 2. jan 2027',
    );
  });

  it('counts nights as the days from arrival to departure', () => {
    expect(nightCount('2027-02-03', '2027-02-10')).toBe('7 netter');
    expect(nightCount('2027-02-03', '2027-02-04')).toBe('1 natt');
  });
});

describe('calendar dates', () => {
  it('adds days across the change to summer time without losing one', () => {
    expect(addDays('2027-03-27', 2)).toBe('2027-03-29');
    expect(daysBetween('2027-03-27', '2027-03-29')).toBe(2);
  });

  it('takes today in Norway, where it is already the next day at 23:30 UTC', () => {
    expect(todayInNorway(new Date('2027-02-03T23:30:00Z'))).toBe('2027-02-04');
  });
});
