import type { Plan, Stay } from '../../solver/formats.ts';

const stay = (requestId: string, bedId: string, start: string, end: string): Stay => ({
  requestId,
  bedId,
  start,
  end,
});

const occurrence = (seriesId: string, k: number, bedId: string, start: string, end: string): Stay => ({
  seriesId,
  occurrence: k,
  bedId,
  start,
  end,
});

/** The plan by hand for fixtures/tiny.json that places everything and that the checker accepts. */
export const tinyValidPlan = (): Plan => ({
  version: 1,
  stays: [
    stay('R1', 'C1-W1-R2-B2', '2027-01-04', '2027-01-18'),
    stay('R2', 'C1-W1-R3-B1', '2027-01-04', '2027-01-11'),
    stay('R3', 'C2-W1-R1-B1', '2027-01-06', '2027-01-27'),
    stay('R4', 'C1-W1-R1-B1', '2027-01-11', '2027-02-01'),
    stay('R5', 'C1-W2-R1-B1', '2027-01-12', '2027-01-14'),
    stay('R6', 'C1-W1-R3-B1', '2027-01-25', '2027-02-15'),
    stay('R7', 'C1-W1-R2-B1', '2027-01-19', '2027-02-02'),
    stay('R8', 'C1-W1-R2-B2', '2027-01-19', '2027-02-02'),
    stay('R9', 'C1-W2-R1-B1', '2027-01-20', '2027-01-23'),
    stay('R10', 'C2-W1-R2-B1', '2027-01-20', '2027-02-10'),
    stay('R11', 'C1-W1-R1-B1', '2027-02-02', '2027-02-12'),
    occurrence('S1', 0, 'C2-W2-R1-B1', '2027-01-04', '2027-01-11'),
    occurrence('S1', 1, 'C2-W2-R1-B1', '2027-01-25', '2027-02-01'),
    occurrence('S1', 2, 'C2-W2-R1-B1', '2027-02-15', '2027-03-01'),
    occurrence('S2', 0, 'C2-W2-R2-B1', '2027-01-11', '2027-02-01'),
    occurrence('S2', 1, 'C2-W2-R2-B1', '2027-02-22', '2027-03-15'),
  ],
  unplaced: [],
  metrics: {},
});
