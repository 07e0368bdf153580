import { describe, expect, it } from 'vitest';
import {
  reasonSentence,
  unplacedReason,
  unplacedWhy,
  type UnplacedContext,
} from '../../solver/model/reasons.ts';
import { reasonText } from '../../web/src/lib/bokmal/reasons.ts';

const base: UnplacedContext = {
  kind: 'korttid',
  requiredTags: ['korttid', 'demens'],
  nights: 24,
  firstStart: '2027-06-07',
  lastStart: '2027-06-09',
  compatibleBeds: 12,
};

/** The waiting list's text for what the solver writes about a stay it could not place. */
const bokmal = (c: UnplacedContext) => {
  const { reason, why } = unplacedReason(unplacedWhy(c));
  return reasonText(reason, why);
};

describe('the waiting list reads the solver’s unplaced reasons in bokmål', () => {
  it('a window with no free bed names the tags, the nights and the start dates', () => {
    expect(bokmal(base)).toBe(
      'ingen seng merket korttid, demens ledig i 24 netter med start mellom 7. jun 2027 og 9. jun 2027',
    );
  });

  it('a single start day reads as from that day', () => {
    expect(bokmal({ ...base, lastStart: '2027-06-07' })).toBe(
      'ingen seng merket korttid, demens ledig i 24 netter fra 7. jun 2027',
    );
  });

  it('a request without required tags reads as without requirements', () => {
    expect(bokmal({ ...base, requiredTags: [], lastStart: '2027-06-07' })).toBe(
      'ingen seng uten krav ledig i 24 netter fra 7. jun 2027',
    );
  });

  it('a single night reads as one night', () => {
    expect(bokmal({ ...base, nights: 1, lastStart: '2027-06-07' })).toBe(
      'ingen seng merket korttid, demens ledig i 1 natt fra 7. jun 2027',
    );
  });

  it('tags no bed has are named', () => {
    expect(bokmal({ ...base, compatibleBeds: 0 })).toBe('ingen seng har merkene korttid, demens');
  });

  it('a pinned bed that is taken is named with its start', () => {
    expect(bokmal({ ...base, pinnedBed: 'C1-W1-R2-B1', pinnedStart: '2027-06-08' })).toBe(
      'låst: seng C1-W1-R2-B1 er ikke ledig i 24 netter fra 8. jun 2027',
    );
  });

  it('a series occurrence and a staffing cap come as notes after the sentence', () => {
    const reason = bokmal({
      ...base,
      occurrence: 2,
      staffing: [{ wardId: 'C1-W1', beds: 10, start: '2027-07-01', end: '2027-08-01' }],
    });
    expect(reason).toBe(
      'ingen seng merket korttid, demens ledig i 24 netter med start mellom 7. jun 2027 og 9. jun 2027 ' +
        '(opphold 3 i serien) (avdeling C1-W1 er bemannet for 10 senger fra 1. jul 2027 til 1. aug 2027)',
    );
  });

  it('a rotation stay ended by a late arrival keeps its nights from the arrival', () => {
    const why = { code: 'ended', cause: { code: 'arrived', date: '2027-01-13' } } as const;
    expect(reasonText(reasonSentence(why), why)).toBe(
      'avsluttet: ankom 13. jan 2027, nettene fra da er et fast opphold',
    );
  });

  it('a rotation stay ended because nights found no bed says how many', () => {
    const why = { code: 'ended', cause: { code: 'nightsWithoutBed', nights: 3 } } as const;
    expect(reasonText(reasonSentence(why), why)).toBe(
      'avsluttet: 3 netter fant ingen seng, nettene til da er et fast opphold',
    );
  });

  it('a reason without a code, from a plan written before reasons had codes, is shown as it is', () => {
    expect(reasonText('tatt ut av planen manuelt')).toBe('tatt ut av planen manuelt');
    expect(reasonText('no bed has the tags [rehab]', null)).toBe('no bed has the tags [rehab]');
  });
});
