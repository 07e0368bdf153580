import { describe, expect, it } from 'vitest';
import { plan as planSchema } from '../../solver/formats.ts';
import { scenarioFigures } from '../../solver/scenario/figures.ts';
import { figureOptions } from '../../solver/scenario/schema.ts';
import { buildInstance, requestInput, wardInput } from '../support/builders.ts';

/**
 * Horizon 2026-12-28 .. 2027-02-15 (49 nights), three beds: K-R1-B1, K-R1-B2 (korttid), RO-R1-B1 (rullering).
 * P1 comes from hospital (R1, 30 nights) and again from home (R2, 40 nights, past the horizon's end);
 * P2 has a trygghet stay (R3) and a korttid stay (R5); P3's hospital discharge R4 is not placed;
 * P4's 1-3 series has occurrences on day 0, 21 and 42, the last not placed; P5's fixed stay ends 2027-01-02.
 */
function instance() {
  return buildInstance({
    horizon: { start: '2026-12-28', end: '2027-02-15' },
    wards: [wardInput('K', ['korttid'], [2]), wardInput('RO', ['rullering'], [1])],
    people: ['P1', 'P2', 'P3', 'P4', 'P5'].map((id) => ({ id, sex: 'F' })),
    requests: [
      requestInput('R1', {
        personId: 'P1',
        source: 'hospital',
        earliestStart: '2026-12-28',
        latestStart: '2026-12-30',
        nights: 30,
      }),
      requestInput('R2', {
        personId: 'P1',
        earliestStart: '2027-01-29',
        latestStart: '2027-02-05',
        nights: 40,
      }),
      requestInput('R3', {
        personId: 'P2',
        kind: 'trygghet',
        earliestStart: '2027-01-02',
        latestStart: '2027-01-02',
        nights: 5,
      }),
      requestInput('R4', {
        personId: 'P3',
        source: 'hospital',
        earliestStart: '2027-01-10',
        latestStart: '2027-01-12',
        nights: 14,
      }),
      requestInput('R5', {
        personId: 'P2',
        earliestStart: '2027-01-07',
        latestStart: '2027-01-20',
        nights: 10,
      }),
    ],
    series: [
      {
        id: 'S1',
        personId: 'P4',
        phases: [{ inNights: 7, homeNights: 14 }],
        firstStart: { earliest: '2026-12-28', latest: '2026-12-28' },
        until: '2027-02-15',
        requiredTags: ['rullering'],
      },
    ],
    fixed: [{ id: 'F1', personId: 'P5', bedId: 'K-R1-B2', start: '2026-12-20', end: '2027-01-02' }],
  });
}

const plan = planSchema.parse({
  version: 1,
  stays: [
    { requestId: 'R1', bedId: 'K-R1-B1', start: '2026-12-30', end: '2027-01-29' },
    { requestId: 'R2', bedId: 'K-R1-B1', start: '2027-01-29', end: '2027-03-10' },
    { requestId: 'R3', bedId: 'K-R1-B2', start: '2027-01-02', end: '2027-01-07' },
    { requestId: 'R5', bedId: 'K-R1-B2', start: '2027-01-10', end: '2027-01-20' },
    { seriesId: 'S1', occurrence: 0, bedId: 'RO-R1-B1', start: '2026-12-28', end: '2027-01-04' },
    { seriesId: 'S1', occurrence: 1, bedId: 'RO-R1-B1', start: '2027-01-18', end: '2027-01-25' },
  ],
  unplaced: [
    { requestId: 'R4', reason: 'no bed' },
    { seriesId: 'S1', occurrence: 2, reason: 'no bed' },
  ],
});

describe('the figures of a solved scenario', () => {
  it('counts users, stays, bed-nights, waiting, departures, egenandel and the 60-night rule exactly', () => {
    expect(scenarioFigures(instance(), plan, figureOptions.parse({}))).toEqual({
      usersServed: 3,
      usersServedFromHome: 3,
      usersServedFromHospital: 1,
      stays: 6,
      staysFromHome: 5,
      staysFromHospital: 1,
      occupiedBedNights: 81,
      idleBedNights: 66,
      waitingAtEnd: 2,
      waitDays: 5,
      hospitalWaitDays: 2,
      hospitalUnplaced: 1,
      hospitalWaitDaysUnplaced: 36,
      hospitalWaitCost: 38 * 5981,
      departures: 6,
      feeIncome: (30 + 17 + 10) * 200,
      peopleOverNightLimit: 1,
      valid: true,
    });
  });

  it('charges the egenandel configured, for the kinds configured', () => {
    const figures = scenarioFigures(
      instance(),
      plan,
      figureOptions.parse({ feePerNight: 150, feeKinds: ['trygghet'] }),
    );
    expect(figures.feeIncome).toBe(5 * 150);
  });

  it('counts a person over the limit only when one calendar year passes it', () => {
    const figures = scenarioFigures(instance(), plan, figureOptions.parse({ shortTermNightLimit: 68 }));
    expect(figures.peopleOverNightLimit).toBe(0);
  });
});
