import { describe, expect, it } from 'vitest';
import { expandPattern, patternPhases } from '../../web/src/features/series/patterns.ts';
import { suggestBed } from '../../web/src/features/series/suggestBed.ts';
import { bed, calendar, stay } from './support.ts';

describe('expanding a rotation pattern', () => {
  it('repeats 3-6 every nine weeks and stops before the end date', () => {
    const occurrences = expandPattern(patternPhases('3-6'), '2027-01-04', '2027-04-01');
    expect(occurrences).toEqual([
      { occurrence: 0, start: '2027-01-04', end: '2027-01-25' },
      { occurrence: 1, start: '2027-03-08', end: '2027-03-29' },
    ]);
  });

  it('climbs the staircase 1-6, 2-6, 3-6 taking each step twice', () => {
    const occurrences = expandPattern(patternPhases('trapp'), '2027-01-04', '2028-01-01');
    const nights = occurrences.slice(0, 6).map((o) => (Date.parse(o.end) - Date.parse(o.start)) / 86_400_000);
    expect(nights).toEqual([7, 7, 14, 14, 21, 21]);
    expect(occurrences[1]!.start).toBe('2027-02-22');
  });

  it('builds a custom pattern from weeks in and weeks at home', () => {
    expect(patternPhases('egen', { inWeeks: 1, homeWeeks: 2 })).toEqual([{ inNights: 7, homeNights: 14 }]);
  });

  it('lets an occurrence starting the day before the end date exist', () => {
    expect(
      expandPattern([{ inNights: 7, homeNights: 0 }], '2027-01-04', '2027-01-12').map((o) => o.start),
    ).toEqual(['2027-01-04', '2027-01-11']);
  });
});

describe('a bed for the whole series', () => {
  const beds = [bed('C1-W3-R1-B1', { tags: ['rullering'] }), bed('C1-W3-R2-B1', { tags: ['rullering'] })];
  const occurrences = [
    { occurrence: 0, start: '2027-01-04', end: '2027-01-11' },
    { occurrence: 1, start: '2027-02-01', end: '2027-02-08' },
  ];

  it('picks the first bed free for every occurrence', () => {
    const cal = calendar({ resources: beds, stays: [stay('X', 'C1-W3-R1-B1', '2027-02-05', '2027-02-06')] });
    expect(suggestBed(cal, occurrences, ['rullering'])).toBe('C1-W3-R2-B1');
  });

  it('finds none when no single bed holds them all', () => {
    const cal = calendar({ resources: beds });
    expect(suggestBed(cal, occurrences, ['rehab'])).toBeNull();
  });
});
