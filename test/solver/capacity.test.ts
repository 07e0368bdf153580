import { describe, expect, it } from 'vitest';
import { firstFit } from '../../solver/baselines/firstfit.ts';
import { checkPlan } from '../../solver/checker/index.ts';
import { compile } from '../../solver/model/compile.ts';
import { Occupancy } from '../../solver/model/occupancy.ts';
import { solve } from '../../solver/solve.ts';
import { buildInstance, requestInput, wardInput } from '../support/builders.ts';

/** One ward of two single rooms, staffed for one bed from 2027-01-04 (night 0) to 2027-01-18 (night 14). */
function capped(requests: Record<string, unknown>[] = []) {
  return buildInstance({
    horizon: { start: '2027-01-04', end: '2027-01-18' },
    wards: [
      wardInput('W1', ['korttid'], [1, 1], {
        capacity: [{ start: '2027-01-04', end: '2027-01-18', beds: 1 }],
      }),
    ],
    requests,
  });
}

function setup() {
  const instance = capped();
  instance.people.push({ id: 'X', sex: 'M', partnerId: null }, { id: 'Y', sex: 'F', partnerId: null });
  const model = compile(instance);
  const occupancy = new Occupancy(model);
  const bed = (id: string) => model.bedIndex.get(id) as number;
  return { occupancy, bed };
}

/** Three week-long requests that may start from 2027-01-04 to 2027-01-11: two beds could hold all three. */
const threeWeeks = ['R1', 'R2', 'R3'].map((id) =>
  requestInput(id, { earliestStart: '2027-01-04', latestStart: '2027-01-11' }),
);

describe('a ward staffed for fewer beds than it has', () => {
  it('a ward staffed for one of its two beds refuses a second stay on a night it already holds one', () => {
    const { occupancy, bed } = setup();
    occupancy.place(bed('W1-R1-B1'), 0, 7, occupancy.newKey('Y'));
    expect(occupancy.obstacle(bed('W1-R2-B1'), 6, 10, occupancy.newKey('X'))).toBe('capacity');
  });

  it('a ward staffed for one bed takes a stay in its other bed once the first has left', () => {
    const { occupancy, bed } = setup();
    occupancy.place(bed('W1-R1-B1'), 0, 7, occupancy.newKey('Y'));
    expect(occupancy.obstacle(bed('W1-R2-B1'), 7, 10, occupancy.newKey('X'))).toBeNull();
  });

  it('a stay taken out of a capped ward gives its bed back to the cap', () => {
    const { occupancy, bed } = setup();
    const first = occupancy.newKey('Y');
    occupancy.place(bed('W1-R1-B1'), 0, 7, first);
    occupancy.remove(bed('W1-R1-B1'), 0, 7, first);
    expect(occupancy.obstacle(bed('W1-R2-B1'), 3, 10, occupancy.newKey('X'))).toBeNull();
  });

  it('a capped ward takes a second stay on nights outside its capacity period', () => {
    const { occupancy, bed } = setup();
    occupancy.place(bed('W1-R1-B1'), 14, 21, occupancy.newKey('Y'));
    expect(occupancy.obstacle(bed('W1-R2-B1'), 14, 21, occupancy.newKey('X'))).toBeNull();
  });

  it('solve places two of three week-long stays in a ward staffed for one bed, and the checker accepts it', async () => {
    const instance = capped(threeWeeks);
    const { plan } = await solve(instance, { maxIterations: 2_000, seed: 1 });
    expect(checkPlan(instance, plan).violations).toEqual([]);
    expect(plan.stays.length).toBe(2);
    expect(plan.unplaced.map((u) => u.reason)).toEqual([
      'no bed tagged [] free for 7 nights with a start between 2027-01-04 and 2027-01-11 ' +
        '(ward W1 is staffed for 1 bed from 2027-01-04 to 2027-01-18)',
    ]);
  });

  it('firstfit places two of three week-long stays in a ward staffed for one bed, and the checker accepts it', () => {
    const instance = capped(threeWeeks);
    const plan = firstFit(instance);
    expect(checkPlan(instance, plan).violations).toEqual([]);
    expect(plan.stays.map((s) => [s.bedId, s.start, s.end])).toEqual([
      ['W1-R1-B1', '2027-01-04', '2027-01-11'],
      ['W1-R1-B1', '2027-01-11', '2027-01-18'],
    ]);
    expect(plan.unplaced.map((u) => 'requestId' in u && u.requestId)).toEqual(['R3']);
  });

  it('without the cap the same ward holds all three week-long stays', () => {
    const instance = capped(threeWeeks);
    delete instance.centres[0]?.wards[0]?.capacity;
    expect(firstFit(instance).stays.length).toBe(3);
  });
});
