import { describe, expect, it } from 'vitest';
import { weeklyFigures } from '../../web/src/lib/figures.ts';
import { bed, calendar, stay, waiting } from './support.ts';

/** Two weeks and two days; ward W1 (korttid) with one bed, ward W2 (rehab) with one bed. */
const cal = calendar({
  horizon: { start: '2027-01-04', end: '2027-01-20' },
  resources: [bed('C1-W1-R1-B1'), bed('C1-W2-R1-B1', { tags: ['rehab'] })],
  stays: [
    stay('A', 'C1-W1-R1-B1', '2027-01-04', '2027-01-09'),
    stay('B', 'C1-W2-R1-B1', '2027-01-11', '2027-01-20'),
  ],
  background: [{ wardId: 'C1-W2', start: '2027-01-04', end: '2027-01-06', reason: 'closure' }],
  waiting: [
    waiting('H', { earliestStart: '2027-01-04', fromHospital: true, dailyCost: 1000 }),
    waiting('R', { earliestStart: '2027-01-12', requiredTags: ['rehab'] }),
  ],
});

describe('the figures week by week', () => {
  it('starts a week every seven days, the last one short', () => {
    expect(weeklyFigures(cal).map((w) => w.start)).toEqual(['2027-01-04', '2027-01-11', '2027-01-18']);
  });

  it('counts idle bed-nights per week without closed nights', () => {
    expect(weeklyFigures(cal).map((w) => w.idleBedNights)).toEqual([7, 7, 2]);
  });

  it('computes the occupancy of each week', () => {
    expect(weeklyFigures(cal).map((w) => w.occupancy)).toEqual([5 / 12, 7 / 14, 2 / 4]);
  });

  it('counts the waiting list at the end of each week, each entry from its earliest start', () => {
    expect(weeklyFigures(cal).map((w) => w.waitingCount)).toEqual([1, 2, 2]);
  });

  it('adds up the nights waited in each week', () => {
    expect(weeklyFigures(cal).map((w) => w.waitingDays)).toEqual([7, 7 + 6, 2 + 2]);
  });

  it('costs only the hospital discharges, per night waited', () => {
    expect(weeklyFigures(cal).map((w) => w.hospitalWaitingCost)).toEqual([7000, 7000, 2000]);
  });

  it('takes one ward’s beds and the waiting entries its tags fit', () => {
    const rehab = weeklyFigures(cal, 'C1-W2');
    expect(rehab.map((w) => w.idleBedNights)).toEqual([5, 0, 0]);
    expect(rehab.map((w) => w.waitingCount)).toEqual([0, 1, 1]);
    expect(rehab.map((w) => w.hospitalWaitingCost)).toEqual([0, 0, 0]);
  });
});
