// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PrintView } from '../../web/src/features/print/PrintView.tsx';
import { bed, calendar, stay } from './support.ts';

describe('the two weeks on paper around Easter 2027', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-03-22T10:00:00Z'));
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  const cal = calendar({
    horizon: { start: '2027-01-04', end: '2027-07-05' },
    resources: [bed('C1-W1-R1-B1')],
    stays: [stay('A', 'C1-W1-R1-B1', '2027-03-20', '2027-04-10')],
  });

  it('names the four Easter holidays under their dates and shades their columns', async () => {
    render(<PrintView calendar={cal} unitLabel="Korttid 1" />);
    await screen.findByTitle('Skjærtorsdag, 25. mar');
    const marked = [...document.querySelectorAll('.print-grid th.holiday')];
    expect(marked.map((th) => th.getAttribute('title'))).toEqual([
      'Skjærtorsdag, 25. mar',
      'Langfredag, 26. mar',
      'Første påskedag, 28. mar',
      'Andre påskedag, 29. mar',
    ]);
    expect(marked.map((th) => th.querySelector('.holiday-name')?.textContent)).toEqual([
      'Skjærtorsdag',
      'Langfredag',
      'Første påskedag',
      'Andre påskedag',
    ]);
    expect(document.querySelectorAll('.print-grid tbody td.holiday')).toHaveLength(4);
  });
});
