// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SeriesPage } from '../../web/src/features/series/SeriesPage.tsx';
import { bed, calendar } from './support.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const cal = calendar({
  instanceId: 'demo',
  horizon: { start: '2027-01-04', end: '2027-03-01' },
  resources: [bed('C2-W2-R1-B1', { tags: ['rullering'] })],
});

const instance = {
  people: [
    { id: 'P1', sex: 'F', partnerId: null },
    { id: 'P2', sex: 'M', partnerId: null },
  ],
  series: [],
};

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status });

/** A server that exports `instance` and answers the save with `saveAnswer` (the sent series when omitted). */
function stubServer(saveAnswer?: Response) {
  const fetch = vi.fn(async (url: string, init?: RequestInit) => {
    if (init?.method === 'POST') return saveAnswer ?? json(201, JSON.parse(String(init.body)));
    return json(200, instance);
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const choosePerson = async (id: string) => {
  const picker = await screen.findByLabelText('Person');
  fireEvent.change(picker, { target: { value: id } });
};

describe('the series page', () => {
  it('offers every person of the instance in the person picker', async () => {
    stubServer();
    render(<SeriesPage calendar={cal} />);
    const picker = await screen.findByLabelText('Person');
    expect([...picker.querySelectorAll('option')].map((o) => o.value)).toEqual(['', 'P1', 'P2']);
  });

  it('saves nothing until a person is chosen', async () => {
    stubServer();
    render(<SeriesPage calendar={cal} />);
    await screen.findByLabelText('Person');
    expect(screen.getByRole('button', { name: 'Lagre' })).toHaveProperty('disabled', true);
  });

  it('posts the previewed 3-6 series with its bed pinned, for the chosen person', async () => {
    const fetch = stubServer();
    render(<SeriesPage calendar={cal} />);
    await choosePerson('P1');
    fireEvent.click(screen.getByRole('button', { name: 'Lagre' }));
    await screen.findByRole('status');
    const [url, init] = fetch.mock.calls.find(([, i]) => i?.method === 'POST')!;
    expect(url).toBe('/api/instances/demo/series');
    expect(JSON.parse(String(init!.body))).toMatchObject({
      id: 'P1-S1',
      personId: 'P1',
      phases: [{ inNights: 21, homeNights: 42 }],
      pins: [{ occurrence: 0, bedId: 'C2-W2-R1-B1', start: '2027-01-04' }],
    });
  });

  it('shows the saved series on the person’s strip and says so', async () => {
    stubServer();
    render(<SeriesPage calendar={cal} />);
    await choosePerson('P1');
    fireEvent.click(screen.getByRole('button', { name: 'Lagre' }));
    expect((await screen.findByRole('status')).textContent).toBe(
      'Serien P1-S1 er lagret med 1 opphold i seng C2-W2-R1-B1.',
    );
    expect(screen.getByText('P1: P1-S1 (mønster, ikke plassert i visningen)')).toBeTruthy();
    expect((screen.getByLabelText('Serie-id') as HTMLInputElement).value).toBe('P1-S2');
  });

  it('shows the server’s message when the series is refused', async () => {
    stubServer(
      json(409, {
        error: { code: 'duplicate_id', message: 'det finnes allerede en serie med id P1-S1', details: null },
      }),
    );
    render(<SeriesPage calendar={cal} />);
    await choosePerson('P1');
    fireEvent.click(screen.getByRole('button', { name: 'Lagre' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'Serien ble ikke lagret: det finnes allerede en serie med id P1-S1.',
      ),
    );
  });
});
