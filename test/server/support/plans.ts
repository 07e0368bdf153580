import type { Plan } from '../../../solver/formats.ts';

/** A plan for fixtures/tiny.json: R1 in one bed, R2 with a transfer, occurrence 0 of S1, R7 unplaced. */
export const tinyPlan = (): Plan => ({
  version: 1,
  stays: [
    { requestId: 'R1', bedId: 'C1-W1-R1-B1', start: '2027-01-05', end: '2027-01-19' },
    { requestId: 'R2', bedId: 'C1-W1-R3-B1', start: '2027-01-04', end: '2027-01-08' },
    { requestId: 'R2', bedId: 'C1-W1-R2-B2', start: '2027-01-08', end: '2027-01-11' },
    { seriesId: 'S1', occurrence: 0, bedId: 'C2-W2-R1-B1', start: '2027-01-04', end: '2027-01-11' },
  ],
  unplaced: [{ requestId: 'R7', reason: 'no bed free' }],
  metrics: { solver: 'by hand' },
});

/** The next version: R1 moved to another bed, R2 no longer placed, R3 placed, S1 as it was. */
export const tinyPlanChanged = (): Plan => ({
  version: 1,
  stays: [
    { requestId: 'R1', bedId: 'C1-W1-R2-B2', start: '2027-01-05', end: '2027-01-19' },
    { seriesId: 'S1', occurrence: 0, bedId: 'C2-W2-R1-B1', start: '2027-01-04', end: '2027-01-11' },
    { requestId: 'R3', bedId: 'C2-W1-R1-B1', start: '2027-01-06', end: '2027-01-27' },
  ],
  unplaced: [{ requestId: 'R2', reason: 'cancelled' }],
  metrics: {},
});
