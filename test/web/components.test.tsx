// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LoginPage } from '../../web/src/features/auth/LoginPage.tsx';
import { StayDialog } from '../../web/src/features/calendar/StayDialog.tsx';
import { FigureTable } from '../../web/src/components/FigureTable.tsx';
import { WaitingPanel } from '../../web/src/features/waiting/WaitingPanel.tsx';
import { bed, calendar, stay, waiting } from './support.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const figures = {
  availableBedNights: 100,
  occupiedBedNights: 90,
  idleBedNights: 10,
  occupancy: 0.9,
  waitingCount: 4,
  waitingDays: 12,
  hospitalWaitingCostPerDay: 11962,
};

describe('the waiting list panel', () => {
  it('lists the most urgent first and marks hospital discharges with their daily cost', () => {
    render(
      <WaitingPanel
        waiting={[
          waiting('P2', { priority: 3 }),
          waiting('P1', { priority: 1, fromHospital: true, dailyCost: 5981 }),
        ]}
        draggable={false}
        onDragging={() => {}}
        onPlaceByKeyboard={() => {}}
      />,
    );
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('strong')?.textContent)).toEqual(['P1', 'P2']);
    expect(items[0]!.textContent?.replace(/\s/g, ' ')).toContain('utskrivningsklar, koster 5 981 kr/døgn');
    expect(screen.getByRole('heading').textContent).toBe('Venteliste (2)');
  });

  it('offers a keyboard way to place each request when the plan can be changed', () => {
    const place = vi.fn();
    render(
      <WaitingPanel waiting={[waiting('P7')]} draggable onDragging={() => {}} onPlaceByKeyboard={place} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Plasser … P7' }));
    expect(place).toHaveBeenCalledWith(0);
  });
});

describe('the stay dialog', () => {
  const cal = calendar({ resources: [bed('C1-W1-R1-B1'), bed('C1-W1-R2-B1')] });
  const theStay = stay('R1', 'C1-W1-R1-B1', '2027-01-04', '2027-01-11');
  const props = {
    calendar: cal,
    subject: { title: 'P1', stay: theStay, nights: 7, start: '2027-01-04', bedId: 'C1-W1-R1-B1' },
    onPin: () => {},
    onUnplace: () => {},
    onEvent: () => {},
    onClose: () => {},
  };

  it('shows the nights and the departure day of the stay', () => {
    render(<StayDialog {...props} canMove={false} canRecordEvents={false} onMove={() => {}} />);
    expect(screen.getByRole('dialog').textContent).toContain('netter 4.–10. jan, avreise 11. jan (7 netter)');
  });

  it('moves by keyboard to the chosen bed, first night and number of nights', () => {
    const move = vi.fn();
    render(<StayDialog {...props} canMove canRecordEvents={false} onMove={move} />);
    fireEvent.change(screen.getByLabelText('Seng'), { target: { value: 'C1-W1-R2-B1' } });
    fireEvent.change(screen.getByLabelText('Første natt'), { target: { value: '2027-01-06' } });
    fireEvent.click(screen.getByRole('button', { name: 'Flytt' }));
    expect(move).toHaveBeenCalledWith({ bedId: 'C1-W1-R2-B1', start: '2027-01-06', end: '2027-01-13' });
  });

  it('lets staff record a no-show on the arrival day', () => {
    const event = vi.fn();
    render(<StayDialog {...props} canMove={false} canRecordEvents onEvent={event} onMove={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Ikke møtt' }));
    expect(event).toHaveBeenCalledWith('noShow', '2027-01-04');
  });

  it('offers no moving to someone who may not change the plan', () => {
    render(<StayDialog {...props} canMove={false} canRecordEvents={false} onMove={() => {}} />);
    expect(screen.queryByRole('button', { name: 'Flytt' })).toBeNull();
  });
});

describe('the figures table', () => {
  it('shows before and after side by side in Norwegian number format', () => {
    render(<FigureTable before={figures} after={{ ...figures, occupancy: 0.95, idleBedNights: 5 }} />);
    const row = screen.getByRole('row', { name: /Belegg/ });
    expect(row.textContent?.replace(/\s/g, ' ')).toBe('Belegg90 %95 %');
  });
});

describe('the login page', () => {
  it('says in Norwegian that the username or password is wrong', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(
            JSON.stringify({ error: { code: 'invalid_credentials', message: 'x', details: null } }),
            {
              status: 401,
            },
          ),
      ),
    );
    render(<LoginPage onLoggedIn={() => {}} />);
    fireEvent.change(screen.getByLabelText('Brukernavn'), { target: { value: 'ola' } });
    fireEvent.change(screen.getByLabelText('Passord'), { target: { value: 'feil-passord' } });
    fireEvent.click(screen.getByRole('button', { name: 'Logg inn' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Feil brukernavn eller passord.'));
  });

  it('hands over the session after a successful login', async () => {
    const session = {
      user: { username: 'ola', role: 'planner', instanceId: null, centreIds: [], wardIds: [] },
      csrfToken: 't',
    };
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(session), { status: 200 })),
    );
    const loggedIn = vi.fn();
    render(<LoginPage onLoggedIn={loggedIn} />);
    fireEvent.change(screen.getByLabelText('Brukernavn'), { target: { value: 'ola' } });
    fireEvent.change(screen.getByLabelText('Passord'), { target: { value: 'riktig-passord' } });
    fireEvent.click(screen.getByRole('button', { name: 'Logg inn' }));
    await waitFor(() => expect(loggedIn).toHaveBeenCalledWith(session));
  });
});
