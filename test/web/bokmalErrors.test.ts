import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../../web/src/api/client.ts';
import { refusalText } from '../../web/src/lib/bokmal/errors.ts';

describe('the bokmål table of refusals', () => {
  it('says the server message of a series refused for a reason of its own', () => {
    const error = new ApiRequestError(409, 'duplicate_id', 'serien S1 finnes allerede', null);
    expect(refusalText('series', error)).toBe('Serien ble ikke lagret: serien S1 finnes allerede.');
  });

  it('treats a code named like a property of every object as any other unknown code', () => {
    const error = new ApiRequestError(500, 'toString', 'feil', null);
    expect(refusalText('change', error)).toBe('Endringen ble ikke lagret (feil).');
  });
});
