import { describe, expect, it } from 'vitest';
import { toCalendarEvents } from '../../web/src/features/calendar/events.ts';
import { calendar } from './support.ts';

const resource = (id: string, wardId: string) => ({
  id,
  centreId: 'C1',
  centreName: 'Senter 1',
  wardId,
  wardName: wardId,
  roomId: `${id}-R`,
  tags: [],
  title: id,
});

describe('reduced staffing on the bed calendar', () => {
  it('is a background over every bed of the ward, titled with the beds it is staffed for', () => {
    const cal = calendar({
      resources: [resource('B1', 'W1'), resource('B2', 'W1'), resource('B3', 'W2')],
      staffing: [{ wardId: 'W1', start: '2027-01-10', end: '2027-01-20', beds: 1 }],
    });
    expect(toCalendarEvents(cal)).toEqual([
      {
        id: 'staffing-0',
        resourceIds: ['B1', 'B2'],
        start: '2027-01-10',
        end: '2027-01-20',
        allDay: true,
        display: 'background',
        title: 'Bemannet for 1 av 2 senger',
        classNames: ['bg-staffing'],
      },
    ]);
  });
});
