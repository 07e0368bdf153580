import { describe, expect, it } from 'vitest';
import { firstFit } from '../solver/baselines/firstfit.ts';
import { buildInstance, requestInput, wardInput } from './support/builders.ts';

const korttid = (rooms: number[], extra = {}) => wardInput('W1', ['korttid'], rooms, extra);

describe('firstfit, the hand-planning baseline', () => {
  it('places a request at the earliest start in its window where a bed is free', () => {
    const instance = buildInstance({
      wards: [korttid([1])],
      fixed: [{ id: 'F1', personId: 'P9', bedId: 'W1-R1-B1', start: '2026-12-20', end: '2027-01-08' }],
      requests: [requestInput('R1', { earliestStart: '2027-01-05', latestStart: '2027-01-20' })],
    });
    expect(firstFit(instance).stays).toEqual([
      { requestId: 'R1', bedId: 'W1-R1-B1', start: '2027-01-08', end: '2027-01-15' },
    ]);
  });

  it('chooses the free bed whose previous stay ended closest before the start', () => {
    const instance = buildInstance({
      wards: [korttid([1, 1, 1])],
      fixed: [
        { id: 'F1', personId: 'P7', bedId: 'W1-R1-B1', start: '2026-12-20', end: '2027-01-05' },
        { id: 'F2', personId: 'P8', bedId: 'W1-R2-B1', start: '2026-12-20', end: '2027-01-09' },
      ],
      requests: [requestInput('R1', { earliestStart: '2027-01-10', latestStart: '2027-01-10' })],
    });
    expect(firstFit(instance).stays[0]?.bedId).toBe('W1-R2-B1');
  });

  it('gives the bed to the most urgent request first', () => {
    const instance = buildInstance({
      wards: [korttid([1])],
      requests: [requestInput('R1', { priority: 4 }), requestInput('R2', { priority: 1 })],
    });
    const plan = firstFit(instance);
    expect(plan.stays.map((s) => 'requestId' in s && s.requestId)).toEqual(['R2']);
    expect(plan.unplaced.map((u) => 'requestId' in u && u.requestId)).toEqual(['R1']);
  });

  it('gives the bed to a hospital discharge before a home applicant of equal priority', () => {
    const instance = buildInstance({
      wards: [korttid([1])],
      requests: [requestInput('R1', { source: 'home' }), requestInput('R2', { source: 'hospital' })],
    });
    expect(firstFit(instance).stays.map((s) => 'requestId' in s && s.requestId)).toEqual(['R2']);
  });

  it('explains an unplaced request with its tags, nights and window', () => {
    const instance = buildInstance({
      wards: [korttid([1])],
      fixed: [{ id: 'F1', personId: 'P9', bedId: 'W1-R1-B1', start: '2027-01-01', end: '2027-02-01' }],
      requests: [
        requestInput('R1', {
          requiredTags: ['korttid'],
          nights: 21,
          earliestStart: '2027-01-04',
          latestStart: '2027-01-10',
        }),
      ],
    });
    expect(firstFit(instance).unplaced).toEqual([
      {
        requestId: 'R1',
        reason: 'no bed tagged [korttid] free for 21 nights with a start between 2027-01-04 and 2027-01-10',
        why: {
          code: 'noFreeBed',
          kind: 'korttid',
          tags: ['korttid'],
          nights: 21,
          window: { from: '2027-01-04', to: '2027-01-10' },
          bedsTried: 1,
        },
      },
    ]);
  });

  it('says so when no bed has the tags a request needs', () => {
    const instance = buildInstance({
      wards: [korttid([1])],
      requests: [requestInput('R1', { requiredTags: ['rehab'] })],
    });
    expect(firstFit(instance).unplaced).toEqual([
      {
        requestId: 'R1',
        reason: 'no bed has the tags [rehab]',
        why: { code: 'noBedWithTags', kind: 'korttid', tags: ['rehab'] },
      },
    ]);
  });

  it('keeps the turnover days empty between a departure and the next arrival', () => {
    const instance = buildInstance({
      turnoverDays: 1,
      wards: [korttid([1])],
      fixed: [{ id: 'F1', personId: 'P9', bedId: 'W1-R1-B1', start: '2026-12-20', end: '2027-01-06' }],
      requests: [requestInput('R1', { earliestStart: '2027-01-04', latestStart: '2027-01-20' })],
    });
    expect(firstFit(instance).stays[0]?.start).toBe('2027-01-07');
  });

  it('does not put a woman in a double room beside a man who is not her partner', () => {
    const instance = buildInstance({
      wards: [korttid([2, 1])],
      people: [
        { id: 'P9', sex: 'M' },
        { id: 'P-R1', sex: 'F' },
      ],
      fixed: [{ id: 'F1', personId: 'P9', bedId: 'W1-R1-B1', start: '2026-12-20', end: '2027-02-01' }],
      requests: [requestInput('R1')],
    });
    expect(firstFit(instance).stays[0]?.bedId).toBe('W1-R2-B1');
  });

  it('puts partners in one double room', () => {
    const instance = buildInstance({
      wards: [korttid([2])],
      people: [
        { id: 'P9', sex: 'M', partnerId: 'P-R1' },
        { id: 'P-R1', sex: 'F', partnerId: 'P9' },
      ],
      fixed: [{ id: 'F1', personId: 'P9', bedId: 'W1-R1-B1', start: '2026-12-20', end: '2027-02-01' }],
      requests: [requestInput('R1')],
    });
    expect(firstFit(instance).stays[0]?.bedId).toBe('W1-R1-B2');
  });

  it('honours a pinned bed and start before placing anything else', () => {
    const instance = buildInstance({
      wards: [korttid([1, 1])],
      requests: [
        requestInput('R1', { priority: 1 }),
        requestInput('R2', {
          priority: 5,
          latestStart: '2027-01-10',
          pin: { bedId: 'W1-R2-B1', start: '2027-01-06' },
        }),
      ],
    });
    expect(firstFit(instance).stays).toContainEqual({
      requestId: 'R2',
      bedId: 'W1-R2-B1',
      start: '2027-01-06',
      end: '2027-01-13',
    });
  });

  it('keeps every stay of a rotation series on one bed when one bed can hold them all', () => {
    const instance = buildInstance({
      horizon: { start: '2027-01-04', end: '2027-04-05' },
      wards: [wardInput('W2', ['rullering'], [1, 1])],
      fixed: [{ id: 'F1', personId: 'P9', bedId: 'W2-R1-B1', start: '2027-03-01', end: '2027-03-10' }],
      series: [
        {
          id: 'S1',
          personId: 'P-S1',
          phases: [{ inNights: 21, homeNights: 21 }],
          firstStart: { earliest: '2027-01-04', latest: '2027-01-04' },
          until: '2027-04-05',
          requiredTags: ['rullering'],
        },
      ],
    });
    expect(firstFit(instance).stays).toEqual([
      { seriesId: 'S1', occurrence: 0, bedId: 'W2-R2-B1', start: '2027-01-04', end: '2027-01-25' },
      { seriesId: 'S1', occurrence: 1, bedId: 'W2-R2-B1', start: '2027-02-15', end: '2027-03-08' },
      { seriesId: 'S1', occurrence: 2, bedId: 'W2-R2-B1', start: '2027-03-29', end: '2027-04-19' },
    ]);
  });

  it('moves a series occurrence within its flex days when the pattern date is taken', () => {
    const instance = buildInstance({
      horizon: { start: '2027-01-04', end: '2027-03-01' },
      wards: [wardInput('W2', ['rullering'], [1])],
      fixed: [{ id: 'F1', personId: 'P9', bedId: 'W2-R1-B1', start: '2027-02-10', end: '2027-02-16' }],
      series: [
        {
          id: 'S1',
          personId: 'P-S1',
          phases: [{ inNights: 7, homeNights: 35 }],
          firstStart: { earliest: '2027-01-04', latest: '2027-01-04' },
          until: '2027-02-20',
          flexDays: 2,
          requiredTags: ['rullering'],
        },
      ],
    });
    expect(firstFit(instance).stays).toEqual([
      { seriesId: 'S1', occurrence: 0, bedId: 'W2-R1-B1', start: '2027-01-04', end: '2027-01-11' },
      { seriesId: 'S1', occurrence: 1, bedId: 'W2-R1-B1', start: '2027-02-16', end: '2027-02-23' },
    ]);
  });
});
