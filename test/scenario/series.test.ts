import { describe, expect, it } from 'vitest';
import { convertSeries } from '../../solver/scenario/series.ts';
import { buildInstance, wardInput } from '../support/builders.ts';

const threeSix = [{ inNights: 21, homeNights: 42 }];
const threeThree = [{ inNights: 21, homeNights: 21 }];

function seriesInput(id: string, phases: object[], pins: object[] = []) {
  return {
    id,
    personId: `P-${id}`,
    phases,
    firstStart: { earliest: '2027-01-04', latest: '2027-01-11' },
    until: '2027-07-05',
    flexDays: 2,
    requiredTags: ['rullering'],
    pins,
  };
}

function instance() {
  return buildInstance({
    wards: [wardInput('W1', ['rullering'], [1, 1])],
    horizon: { start: '2027-01-04', end: '2027-07-05' },
    series: [
      seriesInput('S1', threeSix, [
        { occurrence: 0, bedId: 'W1-R1-B1', start: '2027-01-04' },
        { occurrence: 2, bedId: 'W1-R1-B1', start: '2027-03-08' },
        { occurrence: 4, bedId: 'W1-R1-B1' },
      ]),
      seriesInput('S2', threeThree),
      seriesInput('S3', [{ inNights: 14, homeNights: 42 }]),
    ],
  });
}

describe('a rotation pattern converted', () => {
  it('turns 3-6 series into the staircase 1-6 twice, 2-6 twice, then 3-6, and leaves other patterns', () => {
    const result = convertSeries(instance(), threeSix, 'staircase');
    expect(result.changed).toEqual(['S1']);
    expect(result.instance.series.map((s) => s.phases)).toEqual([
      [
        { inNights: 7, homeNights: 42, count: 2 },
        { inNights: 14, homeNights: 42, count: 2 },
        { inNights: 21, homeNights: 42 },
      ],
      threeThree,
      [{ inNights: 14, homeNights: 42 }],
    ]);
  });

  it('turns 3-3 series into 3-6', () => {
    const result = convertSeries(instance(), threeThree, threeSix);
    expect(result.changed).toEqual(['S2']);
    expect(result.instance.series[1]?.phases).toEqual(threeSix);
  });

  it('turns a series into a custom pattern and keeps its first start, end and flexibility', () => {
    const custom = [
      { inNights: 2, homeNights: 5, count: 4 },
      { inNights: 7, homeNights: 21 },
    ];
    const result = convertSeries(instance(), [{ inNights: 14, homeNights: 42 }], custom);
    expect(result.instance.series[2]).toEqual({ ...instance().series[2], phases: custom });
  });

  it('keeps the beds of a converted series pins, the start of occurrence 0 only, and no pin on an occurrence it lost', () => {
    // Staircase from 2027-01-04: pattern dates on days 0, 49, 98 and 154; day 210 is past 2027-07-05.
    const result = convertSeries(instance(), threeSix, 'staircase');
    expect(result.instance.series[0]?.pins).toEqual([
      { occurrence: 0, bedId: 'W1-R1-B1', start: '2027-01-04' },
      { occurrence: 2, bedId: 'W1-R1-B1' },
    ]);
  });
});
