import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../../web/src/api/client.ts';
import { describeChange, undoBody, type Change } from '../../web/src/features/overrides/change.ts';
import { refusalMessage } from '../../web/src/lib/bokmal/errors.ts';
import { emptyUndo, peekUndo, popUndo, pushUndo } from '../../web/src/features/overrides/undoStack.ts';

const move: Change = {
  ref: { requestId: 'R1' },
  label: 'P1',
  before: { bedId: 'B1', start: '2027-01-04', end: '2027-01-11', pinned: false },
  after: { bedId: 'B2', start: '2027-01-05', end: '2027-01-12', pinned: true },
};

describe('the undo stack', () => {
  it('gives back the last change first', () => {
    const stack = pushUndo(pushUndo(emptyUndo<string>(), 'a'), 'b');
    expect(peekUndo(stack)).toBe('b');
    expect(peekUndo(popUndo(stack))).toBe('a');
  });

  it('forgets the oldest change past its limit', () => {
    let stack = emptyUndo<number>(2);
    for (const n of [1, 2, 3]) stack = pushUndo(stack, n);
    expect(stack.items).toEqual([2, 3]);
  });

  it('is empty after popping its only change', () => {
    expect(peekUndo(popUndo(pushUndo(emptyUndo<string>(), 'a')))).toBeUndefined();
  });
});

describe('undoing a change', () => {
  it('moves a stay back to its bed, dates and pin', () => {
    expect(undoBody(move)).toEqual({
      action: 'move',
      ref: { requestId: 'R1' },
      bedId: 'B1',
      start: '2027-01-04',
      end: '2027-01-11',
      pin: false,
    });
  });

  it('puts a request placed from the waiting list back on it', () => {
    expect(undoBody({ ...move, before: null })).toEqual({ action: 'unplace', ref: { requestId: 'R1' } });
  });

  it('describes the change as the nights and departure', () => {
    expect(describeChange(move)).toBe('P1 til B2, netter 5.–11. jan, avreise 12. jan');
  });
});

describe('a refused change in plain Norwegian', () => {
  it('uses the message the server gives for the broken rule', () => {
    const error = new ApiRequestError(409, 'rule_broken', 'conflict', {
      rule: 'bedConflict',
      message: 'Sengen er opptatt 5.–8. jan av P7.',
    });
    expect(refusalMessage(error)).toBe('Ikke lagret: Sengen er opptatt 5.–8. jan av P7.');
  });

  it('falls back on its own text for the rule when the message is empty', () => {
    const error = new ApiRequestError(409, 'rule_broken', 'x', { rule: 'closure', message: '' });
    expect(refusalMessage(error)).toBe(
      'Ikke lagret: Avdelingen er stengt eller sengen er ute av drift noen av disse nettene.',
    );
  });

  it('explains a stale revision', () => {
    expect(refusalMessage(new ApiRequestError(412, 'stale_revision', 'x', null))).toBe(
      'Planen er endret av noen andre i mellomtiden. Kalenderen er lastet på nytt; prøv igjen.',
    );
  });

  it('explains a network failure', () => {
    expect(refusalMessage(new TypeError('fetch failed'))).toBe(
      'Endringen ble ikke lagret: fikk ikke kontakt med serveren.',
    );
  });
});
