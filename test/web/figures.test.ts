import { describe, expect, it } from 'vitest';
import { calendarFigures, nightSeries, wardFigures, weeklyOccupancy } from '../../web/src/lib/figures.ts';
import { bed, calendar, stay, waiting } from './support.ts';

const cal = calendar({
  horizon: { start: '2027-01-04', end: '2027-01-11' },
  resources: [bed('C1-W1-R1-B1'), bed('C1-W2-R1-B1', { tags: ['rehab'] })],
  stays: [stay('A', 'C1-W1-R1-B1', '2027-01-04', '2027-01-08')],
  background: [{ wardId: 'C1-W2', start: '2027-01-09', end: '2027-01-11', reason: 'closure' }],
  waiting: [
    waiting('H', { fromHospital: true, dailyCost: 5981, waitingDays: 3 }),
    waiting('R', { requiredTags: ['rehab'], waitingDays: 2 }),
  ],
});

describe('the figures of the beds in view', () => {
  it('counts available bed-nights without closed nights, and occupied and idle ones', () => {
    expect(calendarFigures(cal)).toMatchObject({
      availableBedNights: 12,
      occupiedBedNights: 4,
      idleBedNights: 8,
    });
  });

  it('adds up the waiting list, its waiting days and the daily cost of hospital discharges', () => {
    expect(calendarFigures(cal)).toMatchObject({
      waitingCount: 2,
      waitingDays: 5,
      hospitalWaitingCostPerDay: 5981,
    });
  });

  it('splits the figures by ward, counting a waiting request in the wards whose tags it fits', () => {
    const byWard = wardFigures(cal).map((w) => [
      w.wardId,
      w.occupiedBedNights,
      w.availableBedNights,
      w.waitingCount,
    ]);
    expect(byWard).toEqual([
      ['C1-W1', 4, 7, 1],
      ['C1-W2', 0, 5, 1],
    ]);
  });

  it('gives occupancy week by week', () => {
    expect(nightSeries(cal).occupied).toEqual([1, 1, 1, 1, 0, 0, 0]);
    expect(weeklyOccupancy(nightSeries(cal))).toEqual([4 / 12]);
  });
});
