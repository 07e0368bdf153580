import type { Plan } from '../../../solver/formats.ts';
import { tinyValidPlan } from '../../support/tinyValidPlan.ts';

export { tinyValidPlan };

/** The same plan with R11 on the waiting list instead. */
export const tinyPlanWithR11Waiting = (): Plan => {
  const plan = tinyValidPlan();
  return {
    ...plan,
    stays: plan.stays.filter((s) => !('requestId' in s && s.requestId === 'R11')),
    unplaced: [{ requestId: 'R11', reason: 'ingen ledig seng' }],
  };
};
