// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StayDialog } from '../../web/src/features/calendar/StayDialog.tsx';
import { bed, calendar, stay } from './support.ts';

afterEach(cleanup);

const theStay = stay('R1', 'C1-W1-R1-B1', '2027-01-04', '2027-01-11');

function renderDialog(canRecordEvents: boolean) {
  const onEvent = vi.fn();
  render(
    <StayDialog
      calendar={calendar({ resources: [bed('C1-W1-R1-B1')] })}
      subject={{ title: 'P1', stay: theStay, nights: 7, start: '2027-01-04', bedId: 'C1-W1-R1-B1' }}
      canMove={false}
      canRecordEvents={canRecordEvents}
      onMove={() => {}}
      onPin={() => {}}
      onUnplace={() => {}}
      onEvent={onEvent}
      onClose={() => {}}
    />,
  );
  return onEvent;
}

describe('recording an arrival in the stay dialog', () => {
  it('records an arrival on the first night unless staff choose another date', () => {
    const onEvent = renderDialog(true);
    fireEvent.click(screen.getByRole('button', { name: 'Registrer ankomst' }));
    expect(onEvent).toHaveBeenCalledWith('arrival', '2027-01-04');
  });

  it('records a late arrival on the date chosen', () => {
    const onEvent = renderDialog(true);
    fireEvent.change(screen.getByLabelText('Ankom'), { target: { value: '2027-01-06' } });
    fireEvent.click(screen.getByRole('button', { name: 'Registrer ankomst' }));
    expect(onEvent).toHaveBeenCalledWith('arrival', '2027-01-06');
  });

  it('offers arrival dates from the first night to the last night of the stay', () => {
    renderDialog(true);
    const date = screen.getByLabelText('Ankom');
    expect([date.getAttribute('min'), date.getAttribute('max')]).toEqual(['2027-01-04', '2027-01-10']);
  });

  it('offers no arrival to someone who may not record events', () => {
    renderDialog(false);
    expect(screen.queryByRole('button', { name: 'Registrer ankomst' })).toBeNull();
  });
});
