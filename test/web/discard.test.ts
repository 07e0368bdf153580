import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiRequestError } from '../../web/src/api/client.ts';
import { discardDraft } from '../../web/src/api/plans.ts';
import { discardRefusal } from '../../web/src/lib/bokmal/errors.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

const stubFetch = () => {
  const fetch = vi.fn(async () => new Response(null, { status: 204 }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
};

describe('discarding a draft', () => {
  it('sends DELETE for the draft with the revision shown as If-Match', async () => {
    const fetch = stubFetch();
    await discardDraft(12, 3);
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/plans/12');
    expect(init.method).toBe('DELETE');
    expect((init.headers as Record<string, string>)['If-Match']).toBe('"3"');
  });

  it('sends no If-Match when no revision is known', async () => {
    const fetch = stubFetch();
    await discardDraft(12);
    const [, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.headers as Record<string, string>).not.toHaveProperty('If-Match');
  });
});

describe('why a draft was not discarded', () => {
  const refused = (code: string) => new ApiRequestError(409, code, 'x', null);

  it('says a published plan cannot be discarded', () => {
    expect(discardRefusal(refused('not_draft'))).toBe('Planen er allerede publisert og kan ikke forkastes.');
  });

  it('says the draft changed since it was opened', () => {
    expect(discardRefusal(refused('stale_revision'))).toBe(
      'Utkastet er endret siden du åpnet det. Se over endringene før du forkaster det.',
    );
  });

  it('says the server could not be reached when the request never got an answer', () => {
    expect(discardRefusal(new TypeError('fetch failed'))).toBe(
      'Utkastet ble ikke forkastet: fikk ikke kontakt med serveren.',
    );
  });
});
