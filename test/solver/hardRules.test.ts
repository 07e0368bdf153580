import { describe, expect, it } from 'vitest';
import { compile } from '../../solver/model/compile.ts';
import { Occupancy } from '../../solver/model/occupancy.ts';
import { buildInstance, wardInput } from '../support/builders.ts';

/** One ward: a double room (R1, beds B1 and B2) and a single room (R2) whose bed is out of service 10-12 Jan. */
function setup(turnoverDays = 0) {
  const instance = buildInstance({
    turnoverDays,
    wards: [
      wardInput('W1', ['korttid'], [2, 1], {
        closures: [{ start: '2027-02-01', end: '2027-02-08' }],
      }),
    ],
    people: [
      { id: 'F', sex: 'F', partnerId: 'M' },
      { id: 'M', sex: 'M', partnerId: 'F' },
      { id: 'X', sex: 'M' },
      { id: 'Y', sex: 'F' },
    ],
  });
  instance.centres[0]?.wards[0]?.rooms[1]?.beds[0]?.outOfService.push({
    start: '2027-01-10',
    end: '2027-01-12',
  });
  const model = compile(instance);
  const occupancy = new Occupancy(model);
  const bed = (id: string) => model.bedIndex.get(id) as number;
  return { model, occupancy, bed };
}

describe('the hard rules the search never breaks', () => {
  it('a bed already taken that night refuses a second stay', () => {
    const { occupancy, bed } = setup();
    occupancy.place(bed('W1-R1-B1'), 0, 7, occupancy.newKey('Y'));
    expect(occupancy.obstacle(bed('W1-R1-B1'), 6, 10, occupancy.newKey('X'))).toBe('taken');
  });

  it('an arrival on the departure day is allowed with no turnover', () => {
    const { occupancy, bed } = setup();
    occupancy.place(bed('W1-R1-B1'), 0, 7, occupancy.newKey('Y'));
    expect(occupancy.obstacle(bed('W1-R1-B1'), 7, 10, occupancy.newKey('F'))).toBeNull();
  });

  it('an arrival inside the turnover days after a departure is refused', () => {
    const { occupancy, bed } = setup(1);
    occupancy.place(bed('W1-R1-B1'), 0, 7, occupancy.newKey('Y'));
    expect(occupancy.obstacle(bed('W1-R1-B1'), 7, 10, occupancy.newKey('F'))).toBe('turnover');
    expect(occupancy.obstacle(bed('W1-R1-B1'), 8, 10, occupancy.newKey('F'))).toBeNull();
  });

  it('a bed out of service refuses a stay over those nights', () => {
    const { model, occupancy, bed } = setup();
    const start = model.days.of('2027-01-08');
    expect(occupancy.obstacle(bed('W1-R2-B1'), start, start + 3, occupancy.newKey('X'))).toBe('blocked');
  });

  it('a closed ward refuses a stay over its closed nights', () => {
    const { model, occupancy, bed } = setup();
    const start = model.days.of('2027-01-30');
    expect(occupancy.obstacle(bed('W1-R1-B2'), start, start + 3, occupancy.newKey('X'))).toBe('blocked');
  });

  it('a man may not share a room with a woman who is not his partner', () => {
    const { occupancy, bed } = setup();
    occupancy.place(bed('W1-R1-B1'), 0, 7, occupancy.newKey('Y'));
    expect(occupancy.obstacle(bed('W1-R1-B2'), 3, 10, occupancy.newKey('X'))).toBe('roomSex');
  });

  it('partners may share a room', () => {
    const { occupancy, bed } = setup();
    occupancy.place(bed('W1-R1-B1'), 0, 7, occupancy.newKey('F'));
    expect(occupancy.obstacle(bed('W1-R1-B2'), 3, 10, occupancy.newKey('M'))).toBeNull();
  });

  it('a person already in a bed that night cannot be in another', () => {
    const { occupancy, bed } = setup();
    occupancy.place(bed('W1-R1-B1'), 14, 21, occupancy.newKey('X'));
    expect(occupancy.obstacle(bed('W1-R2-B1'), 20, 23, occupancy.newKey('X'))).toBe('person');
  });
});
