import { describe, expect, it } from 'vitest';
import { unplacedReason, type UnplacedContext } from '../../solver/model/reasons.ts';
import { reasonText } from '../../web/src/lib/reasonText.ts';

const base: UnplacedContext = {
  requiredTags: ['korttid', 'demens'],
  nights: 24,
  firstStart: '2027-06-07',
  lastStart: '2027-06-09',
  compatibleBeds: 12,
};

/** Each case is the solver's own sentence, so a change of its wording fails here. */
describe('the waiting list reads the solver’s unplaced reasons in bokmål', () => {
  it('a window with no free bed names the tags, the nights and the start dates', () => {
    expect(reasonText(unplacedReason(base))).toBe(
      'ingen seng merket korttid, demens ledig i 24 netter med start mellom 7. jun 2027 og 9. jun 2027',
    );
  });

  it('a single start day reads as from that day', () => {
    expect(reasonText(unplacedReason({ ...base, lastStart: '2027-06-07' }))).toBe(
      'ingen seng merket korttid, demens ledig i 24 netter fra 7. jun 2027',
    );
  });

  it('a request without required tags reads as without requirements', () => {
    expect(reasonText(unplacedReason({ ...base, requiredTags: [], lastStart: '2027-06-07' }))).toBe(
      'ingen seng uten krav ledig i 24 netter fra 7. jun 2027',
    );
  });

  it('tags no bed has are named', () => {
    expect(reasonText(unplacedReason({ ...base, compatibleBeds: 0 }))).toBe(
      'ingen seng har merkene korttid, demens',
    );
  });

  it('a pinned bed that is taken is named with its start', () => {
    expect(reasonText(unplacedReason({ ...base, pinnedBed: 'C1-W1-R2-B1', pinnedStart: '2027-06-08' }))).toBe(
      'låst: seng C1-W1-R2-B1 er ikke ledig i 24 netter fra 8. jun 2027',
    );
  });

  it('a series occurrence and a staffing cap come as notes after the sentence', () => {
    const reason = unplacedReason({
      ...base,
      occurrence: 2,
      staffing: [{ wardId: 'C1-W1', beds: 10, start: '2027-07-01', end: '2027-08-01' }],
    });
    expect(reasonText(reason)).toBe(
      'ingen seng merket korttid, demens ledig i 24 netter med start mellom 7. jun 2027 og 9. jun 2027 ' +
        '(opphold 3 i serien) (avdeling C1-W1 er bemannet for 10 senger fra 1. jul 2027 til 1. aug 2027)',
    );
  });

  it('a reason written in bokmål elsewhere is shown as it is', () => {
    expect(reasonText('tatt ut av planen manuelt')).toBe('tatt ut av planen manuelt');
  });
});
