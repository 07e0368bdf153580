// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { WeeklyCharts } from '../../web/src/features/figures/WeeklyCharts.tsx';
import { bed, calendar, stay, waiting } from './support.ts';

afterEach(cleanup);

const cal = calendar({
  horizon: { start: '2027-01-04', end: '2027-01-18' },
  resources: [bed('C1-W1-R1-B1', { wardName: 'Korttid 1' }), bed('C1-W2-R1-B1', { wardName: 'Rehab' })],
  stays: [stay('A', 'C1-W1-R1-B1', '2027-01-04', '2027-01-11')],
  waiting: [waiting('H', { fromHospital: true, dailyCost: 100 })],
});

describe('the charts over time', () => {
  it('draws idle bed-nights, the waiting list and the hospital waiting cost week by week, named for screen readers', () => {
    render(<WeeklyCharts calendar={cal} />);
    const names = screen.getAllByRole('img').map((svg) => svg.getAttribute('aria-label'));
    expect(names).toContain(
      'Ledige sengedøgn uke for uke (alle avdelinger i visningen): 4. jan 7, 11. jan 14',
    );
    expect(names).toContain('Venteliste ved ukens slutt (alle avdelinger i visningen): 4. jan 1, 11. jan 1');
    expect(names).toContain(
      'Sykehusventing uke for uke, kr (alle avdelinger i visningen): 4. jan 700 kr, 11. jan 700 kr',
    );
  });

  it('gives each chart a title element', () => {
    render(<WeeklyCharts calendar={cal} />);
    const titles = screen.getAllByRole('img').map((svg) => svg.querySelector('title')?.textContent);
    expect(titles).toContain('Ledige sengedøgn uke for uke (alle avdelinger i visningen)');
  });

  it('offers the same figures as a table, a row per week', () => {
    render(<WeeklyCharts calendar={cal} />);
    const rows = screen
      .getAllByRole('row')
      .slice(1)
      .map((r) => [...r.children].map((cell) => cell.textContent?.replace(/\s/g, ' ')));
    expect(rows).toEqual([
      ['4. jan', '50 %', '7', '1', '7', '700 kr'],
      ['11. jan', '0 %', '14', '1', '7', '700 kr'],
    ]);
  });

  it('shows one ward when it is chosen', () => {
    render(<WeeklyCharts calendar={cal} />);
    fireEvent.change(screen.getByLabelText('Avdeling'), { target: { value: 'C1-W2' } });
    const names = screen.getAllByRole('img').map((svg) => svg.getAttribute('aria-label'));
    expect(names).toContain('Ledige sengedøgn uke for uke (Rehab): 4. jan 7, 11. jan 7');
  });
});
