import { describe, expect, it } from 'vitest';
import { series as seriesSchema } from '../../solver/formats.ts';
import { expandPattern, patternPhases } from '../../web/src/features/series/patterns.ts';
import { nextSeriesId, plannedStrip, seriesBody } from '../../web/src/features/series/seriesBody.ts';

const phases = patternPhases('3-6');
const occurrences = expandPattern(phases, '2027-01-06', '2027-04-01');
const draft = {
  id: 'P7-S1',
  personId: 'P7',
  phases,
  window: { earliest: '2027-01-04', latest: '2027-01-08' },
  until: '2027-04-01',
  requiredTags: ['rullering'],
  occurrences,
  bedId: 'C2-W2-R1-B1',
};

describe('the series the pattern creator saves', () => {
  it('is a v1 series with the pattern, the start window and the end date', () => {
    const body = seriesBody(draft);
    expect(seriesSchema.parse(body)).toMatchObject({
      id: 'P7-S1',
      personId: 'P7',
      kind: 'rullering',
      phases: [{ inNights: 21, homeNights: 42 }],
      firstStart: { earliest: '2027-01-04', latest: '2027-01-08' },
      until: '2027-04-01',
      flexDays: 0,
      requiredTags: ['rullering'],
    });
  });

  it('pins every occurrence to the chosen bed at its previewed start', () => {
    expect(seriesBody(draft).pins).toEqual([
      { occurrence: 0, bedId: 'C2-W2-R1-B1', start: '2027-01-06' },
      { occurrence: 1, bedId: 'C2-W2-R1-B1', start: '2027-03-10' },
    ]);
  });

  it('pins nothing when no bed holds every occurrence', () => {
    expect(seriesBody({ ...draft, bedId: null }).pins).toEqual([]);
  });
});

describe('a new series id', () => {
  it('is the person’s first free number', () => {
    expect(nextSeriesId('P7', ['P7-S1', 'P7-S3', 'P8-S2'])).toBe('P7-S2');
  });

  it('starts at 1 for a person without series', () => {
    expect(nextSeriesId('P9', [])).toBe('P9-S1');
  });
});

describe('the strip of a saved series the plan has not placed', () => {
  const saved = seriesSchema.parse(seriesBody(draft));

  it('starts at the pinned start of the first occurrence, each stay in its pinned bed', () => {
    expect(plannedStrip(saved, '2027-03-01')).toEqual([
      { start: '2027-01-06', end: '2027-01-27', bedId: 'C2-W2-R1-B1' },
    ]);
  });

  it('starts at the earliest first start and shows no bed without pins', () => {
    expect(plannedStrip({ ...saved, pins: [] }, '2027-04-01')).toEqual([
      { start: '2027-01-04', end: '2027-01-25', bedId: null },
      { start: '2027-03-08', end: '2027-03-29', bedId: null },
    ]);
  });
});
