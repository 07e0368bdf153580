import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../solver/checker/index.ts';
import { event } from '../../../solver/formats.ts';
import { B1, instanceWith, planOf, request, run } from './scenario.ts';

/** Two single rooms, the ward staffed for one bed all winter; A holds W1-R1-B1 from 12 Jan. */
function staffedForOne() {
  const instance = instanceWith([request('A', { earliestStart: '2027-01-12', latestStart: '2027-01-12' })]);
  const ward = instance.centres[0]?.wards[0];
  if (!ward) throw new Error('no ward');
  ward.capacity = [{ start: '2027-01-04', end: '2027-03-01', beds: 1 }];
  const plan = planOf([{ requestId: 'A', bedId: B1, start: '2027-01-12', end: '2027-01-19' }]);
  const urgent = event.parse({
    type: 'newRequest',
    request: request('N', { earliestStart: '2027-01-12', latestStart: '2027-01-12', source: 'hospital' }),
    person: { id: 'P-N', sex: 'F' },
  });
  return { instance, plan, urgent };
}

describe('a repair in a ward staffed for fewer beds than it has', () => {
  it('an urgent arrival waits, naming the staffing, rather than fill the empty bed of a full ward', () => {
    const { instance, plan, urgent } = staffedForOne();
    const result = run(instance, plan, [urgent]);
    expect(result.plan.stays).toEqual(plan.stays);
    expect(result.plan.unplaced).toEqual([
      {
        requestId: 'N',
        reason:
          'no bed tagged [] free for 7 nights on 2027-01-12 ' +
          '(ward W1 is staffed for 1 bed from 2027-01-04 to 2027-03-01)',
        why: {
          code: 'noFreeBed',
          kind: 'korttid',
          tags: [],
          nights: 7,
          window: { from: '2027-01-12', to: '2027-01-12' },
          bedsTried: 2,
          staffing: [{ wardId: 'W1', beds: 1, start: '2027-01-04', end: '2027-03-01' }],
        },
      },
    ]);
    expect(checkPlan(result.instance, result.plan).violations).toEqual([]);
  });
});
