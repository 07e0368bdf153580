import { describe, expect, it } from 'vitest';
import { describeIssues, events, instance, plan } from '../solver/formats.ts';

const minimal = {
  version: 1,
  horizon: { start: '2027-01-04', end: '2027-02-01' },
  centres: [{ id: 'C1', wards: [{ id: 'W1', rooms: [{ id: 'R1', beds: [{ id: 'B1' }] }] }] }],
  people: [{ id: 'P1', sex: 'F' }],
};

function issuesOf(input: unknown): string[] {
  const result = instance.safeParse(input);
  return result.success ? [] : describeIssues(result.error);
}

describe('the v1 formats', () => {
  it('a minimal instance parses with empty lists and zero turnover filled in', () => {
    const parsed = instance.parse(minimal);
    expect(parsed.turnoverDays).toBe(0);
    expect(parsed.requests).toEqual([]);
    expect(parsed.centres[0]?.wards[0]?.tags).toEqual([]);
    expect(parsed.people[0]?.partnerId).toBeNull();
  });

  it('unknown fields are ignored on input', () => {
    const parsed = instance.parse({ ...minimal, comment: 'hello' });
    expect('comment' in parsed).toBe(false);
  });

  it('a bad date names its field', () => {
    expect(issuesOf({ ...minimal, horizon: { start: '2027-13-01', end: '2027-02-01' } })).toEqual([
      'horizon.start: must be a calendar date YYYY-MM-DD',
    ]);
  });

  it('a request whose latest start is before its earliest start is refused', () => {
    const request = {
      id: 'R1',
      personId: 'P1',
      kind: 'korttid',
      earliestStart: '2027-01-10',
      latestStart: '2027-01-09',
      nights: 14,
      priority: 1,
      source: 'hospital',
    };
    expect(issuesOf({ ...minimal, requests: [request] })).toEqual([
      'requests.0.latestStart: latestStart must not be before earliestStart',
    ]);
  });

  it('a fixed stay on an unknown bed names the bed and the field', () => {
    const fixed = [{ id: 'F1', personId: 'P1', bedId: 'B9', start: '2027-01-01', end: '2027-01-09' }];
    expect(issuesOf({ ...minimal, fixed })).toEqual(['fixed.0.bedId: unknown bed B9']);
  });

  it('two beds with one id are refused', () => {
    const centres = [
      { id: 'C1', wards: [{ id: 'W1', rooms: [{ id: 'R1', beds: [{ id: 'B1' }, { id: 'B1' }] }] }] },
    ];
    expect(issuesOf({ ...minimal, centres })).toEqual([
      'centres.0.wards.0.rooms.0.beds.1.id: duplicate bed id B1 (also at centres.0.wards.0.rooms.0.beds.0.id)',
    ]);
  });

  it('a partner who does not name the person back is refused', () => {
    const people = [
      { id: 'P1', sex: 'F', partnerId: 'P2' },
      { id: 'P2', sex: 'M', partnerId: null },
    ];
    expect(issuesOf({ ...minimal, people })).toEqual(['people.0.partnerId: P2 does not name P1 as partner']);
  });

  it('a plan stay names either a request or a series occurrence', () => {
    const parsed = plan.parse({
      version: 1,
      stays: [
        { requestId: 'R1', bedId: 'B1', start: '2027-01-04', end: '2027-01-18' },
        { seriesId: 'S1', occurrence: 2, bedId: 'B2', start: '2027-01-04', end: '2027-01-11' },
      ],
    });
    expect(parsed.stays).toHaveLength(2);
    expect(parsed.unplaced).toEqual([]);
  });

  it('a plan stay that ends before it starts is refused', () => {
    const result = plan.safeParse({
      version: 1,
      stays: [{ requestId: 'R1', bedId: 'B1', start: '2027-01-18', end: '2027-01-04' }],
    });
    expect(result.success ? [] : describeIssues(result.error)).toEqual([
      'stays.0.end: end must be after start',
    ]);
  });

  it('every event type of formats.md parses', () => {
    const parsed = events.parse([
      { type: 'cancel', requestId: 'R12' },
      { type: 'cancel', seriesId: 'S1', occurrence: 3 },
      { type: 'cancel', seriesId: 'S1', from: '2027-03-01' },
      { type: 'noShow', requestId: 'R13', date: '2027-02-03' },
      { type: 'arrival', seriesId: 'S1', occurrence: 2, date: '2027-02-03' },
      { type: 'earlyDeparture', requestId: 'R14', date: '2027-02-05' },
      { type: 'extend', requestId: 'R15', nights: 7 },
      { type: 'bedOutOfService', bedId: 'B1', start: '2027-02-04', end: '2027-02-10' },
      { type: 'wardClosure', wardId: 'W1', start: '2027-07-01', end: '2027-07-29' },
      {
        type: 'newRequest',
        request: {
          id: 'R99',
          personId: 'P1',
          kind: 'ohd',
          earliestStart: '2027-02-01',
          latestStart: '2027-02-01',
          nights: 2,
          priority: 1,
          source: 'hospital',
        },
      },
    ]);
    expect(parsed.map((e) => e.type)).toEqual([
      'cancel',
      'cancel',
      'cancel',
      'noShow',
      'arrival',
      'earlyDeparture',
      'extend',
      'bedOutOfService',
      'wardClosure',
      'newRequest',
    ]);
  });

  it('a series cancel with both an occurrence and a from date is refused', () => {
    const result = events.safeParse([{ type: 'cancel', seriesId: 'S1', occurrence: 1, from: '2027-03-01' }]);
    expect(result.success).toBe(false);
  });
});
