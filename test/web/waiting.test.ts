import { describe, expect, it } from 'vitest';
import {
  compatibleFreeBeds,
  firstFreeStart,
  highlightCss,
} from '../../web/src/features/waiting/compatibleBeds.ts';
import { formatCost, sortWaiting } from '../../web/src/features/waiting/sortWaiting.ts';
import { bed, calendar, stay, waiting } from './support.ts';

describe('the waiting list order', () => {
  it('puts the most urgent priority first, then the longest wait, then hospital discharges', () => {
    const sorted = sortWaiting([
      waiting('home-p2', { priority: 2, waitingDays: 10 }),
      waiting('p1-short', { priority: 1, waitingDays: 2 }),
      waiting('p1-long', { priority: 1, waitingDays: 9 }),
      waiting('hospital-p2', { priority: 2, waitingDays: 10, fromHospital: true }),
    ]);
    expect(sorted.map((w) => w.label)).toEqual(['p1-long', 'p1-short', 'hospital-p2', 'home-p2']);
  });

  it('shows the hospital cost per day in Norwegian number format', () => {
    expect(formatCost(5981).replace(/\s/g, ' ')).toBe('5 981 kr/døgn');
  });
});

describe('compatible free beds', () => {
  const beds = [bed('C1-W1-R1-B1'), bed('C1-W1-R2-B1'), bed('C1-W2-R1-B1', { tags: ['rehab'] })];

  it('leaves out a bed that lacks a required tag', () => {
    const cal = calendar({ resources: beds });
    expect([...compatibleFreeBeds(cal, waiting('R1', { requiredTags: ['rehab'] }))]).toEqual(['C1-W2-R1-B1']);
  });

  it('leaves out a bed occupied on one of the nights', () => {
    const cal = calendar({ resources: beds, stays: [stay('X', 'C1-W1-R1-B1', '2027-01-10', '2027-01-12')] });
    expect([...compatibleFreeBeds(cal, waiting('R1'))]).toEqual(['C1-W1-R2-B1']);
  });

  it('takes a bed whose stay leaves on the arrival day (the end is the departure day)', () => {
    const cal = calendar({ resources: beds, stays: [stay('X', 'C1-W1-R1-B1', '2027-01-01', '2027-01-04')] });
    expect(compatibleFreeBeds(cal, waiting('R1')).has('C1-W1-R1-B1')).toBe(true);
  });

  it('finds a later start inside the window when the earliest is taken', () => {
    const cal = calendar({ resources: beds, stays: [stay('X', 'C1-W1-R1-B1', '2027-01-04', '2027-01-06')] });
    const item = waiting('R1', { latestStart: '2027-01-08' });
    expect(firstFreeStart(cal, 'C1-W1-R1-B1', item)).toBe('2027-01-06');
  });

  it('leaves out a ward closed on one of the nights', () => {
    const cal = calendar({
      resources: beds,
      background: [{ wardId: 'C1-W1', start: '2027-01-08', end: '2027-01-09', reason: 'closure' }],
    });
    expect([...compatibleFreeBeds(cal, waiting('R1'))]).toEqual([]);
  });

  it('leaves out a bed out of service on one of the nights', () => {
    const cal = calendar({
      resources: beds,
      background: [{ bedId: 'C1-W1-R2-B1', start: '2027-01-05', end: '2027-01-06', reason: 'outOfService' }],
    });
    expect([...compatibleFreeBeds(cal, waiting('R1'))]).toEqual(['C1-W1-R1-B1']);
  });

  it('tints the lanes and labels of the given beds', () => {
    expect(highlightCss(['B1'])).toBe(
      '.fc td.fc-timeline-lane[data-resource-id="B1"],\n.fc td.fc-datagrid-cell[data-resource-id="B1"] { background: rgba(46, 160, 67, 0.22); }',
    );
    expect(highlightCss([])).toBe('');
  });
});
