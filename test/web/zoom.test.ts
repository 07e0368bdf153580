import { describe, expect, it } from 'vitest';
import { dayWidth, headerRows, showsDayNumbers, zoomViews } from '../../web/src/features/calendar/zoom.ts';

describe('the calendar zooms', () => {
  it('keeps a slot a day at every zoom, so no stay is widened to a whole week or month', () => {
    for (const view of Object.values(zoomViews)) {
      expect(view).toMatchObject({ slotDuration: { days: 1 }, slotLabelInterval: { days: 1 } });
    }
  });

  it('makes a day 40, 12 and 5 pixels wide at least at day, week and month zoom', () => {
    expect(Object.fromEntries(Object.entries(zoomViews).map(([z, v]) => [z, v.slotMinWidth]))).toEqual({
      dag: 40,
      uke: 12,
      maaned: 5,
    });
    expect(dayWidth).toEqual({ dag: 40, uke: 12, maaned: 5 });
  });

  it('fits the half year of 182 days in 1000 pixels at month zoom', () => {
    expect(182 * dayWidth.maaned).toBeLessThanOrEqual(1000);
  });

  it('heads week zoom with month, week and day rows, and day and month zoom with month and day rows', () => {
    expect(headerRows).toEqual({
      dag: [{ month: 'long', year: 'numeric' }, { day: 'numeric' }],
      uke: [{ month: 'long', year: 'numeric' }, { week: 'long' }, { day: 'numeric' }],
      maaned: [{ month: 'long', year: 'numeric' }, { day: 'numeric' }],
    });
    expect(Object.values(zoomViews).map((v) => v.slotLabelFormat)).toEqual(Object.values(headerRows));
  });

  it('shows day numbers only at day zoom', () => {
    expect([showsDayNumbers('dag'), showsDayNumbers('uke'), showsDayNumbers('maaned')]).toEqual([
      true,
      false,
      false,
    ]);
  });
});
