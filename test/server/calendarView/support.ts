import type { Plan } from '../../../solver/formats.ts';
import { tinyValidPlan } from '../overrides/support.ts';

const waitingIds = new Set(['R4', 'R6', 'R9', 'R11']);

/**
 * The valid tiny plan with R4, R6, R9, R11 and S1#2 on the waiting list, and R10 moved to the other rehab
 * bed part-way (a transfer).
 */
export function tinyPlanWithWaiting(): Plan {
  const plan = tinyValidPlan();
  const stays = plan.stays.filter(
    (s) =>
      !('requestId' in s && waitingIds.has(s.requestId)) &&
      !('seriesId' in s && s.seriesId === 'S1' && s.occurrence === 2) &&
      !('requestId' in s && s.requestId === 'R10'),
  );
  return {
    ...plan,
    stays: [
      ...stays,
      { requestId: 'R10', bedId: 'C2-W1-R2-B1', start: '2027-01-20', end: '2027-01-30' },
      { requestId: 'R10', bedId: 'C2-W1-R1-B1', start: '2027-01-30', end: '2027-02-10' },
    ],
    unplaced: [
      { requestId: 'R11', reason: 'ingen ledig korttidsseng' },
      { requestId: 'R6', reason: 'ingen ledig korttidsseng i vinduet' },
      { seriesId: 'S1', occurrence: 2, reason: 'rulleringssengen er opptatt' },
      { requestId: 'R9', reason: 'ØHD-sengen er opptatt' },
      { requestId: 'R4', reason: 'ingen bariatrisk seng ledig' },
    ],
  };
}
