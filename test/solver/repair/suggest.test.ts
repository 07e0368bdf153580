import { describe, expect, it } from 'vitest';
import { request as requestSchema } from '../../../solver/formats.ts';
import { suggest } from '../../../solver/repair/index.ts';
import { B1, B2, TODAY, instanceWith, planOf, request } from './scenario.ts';

describe('suggest: where can this person go', () => {
  const instance = instanceWith([
    request('A', { earliestStart: '2027-01-04', latestStart: '2027-01-04', nights: 11 }),
  ]);
  const plan = planOf([{ requestId: 'A', bedId: B1, start: '2027-01-04', end: '2027-01-15' }]);
  const newcomer = requestSchema.parse(
    request('N', {
      earliestStart: '2027-01-12',
      latestStart: '2027-01-20',
      nights: 5,
      source: 'hospital',
      priority: 1,
    }),
  );
  const withPerson = {
    ...instance,
    people: [...instance.people, { id: 'P-N', sex: 'F' as const, partnerId: null }],
  };

  it('ranks the free bed without waiting first, then the places with the least waiting', () => {
    const options = suggest(withPerson, plan, newcomer, 3, { today: TODAY });
    expect(options.map((o) => [o.bedId, o.start])).toEqual([
      [B2, '2027-01-12'],
      [B2, '2027-01-13'],
      [B2, '2027-01-14'],
    ]);
    expect(options[0]?.reason).toBe(`ledig i ${B2} fra 2027-01-12 til 2027-01-17, ingen ventetid`);
    expect(options[1]?.scoreChange).toBe((options[0]?.scoreChange ?? 0) + 5_981);
  });

  it('offers the bed that frees up later once the other bed is no better', () => {
    const options = suggest(withPerson, plan, newcomer, 20, { today: TODAY });
    const first = options.findIndex((o) => o.bedId === B1);
    expect(options[first]).toMatchObject({ bedId: B1, start: '2027-01-15', moves: [] });
    expect(options.slice(0, first).every((o) => o.bedId === B2)).toBe(true);
  });

  it('with no free bed it offers the place behind a stay that may still move, naming that stay', () => {
    const full = instanceWith(
      [request('A', { earliestStart: '2027-01-14', latestStart: '2027-01-30', nights: 7 })],
      { beds: 1 },
    );
    const onePlan = planOf([{ requestId: 'A', bedId: B1, start: '2027-01-14', end: '2027-01-21' }]);
    const urgent = requestSchema.parse(
      request('N', { earliestStart: '2027-01-14', latestStart: '2027-01-14', nights: 5, source: 'hospital' }),
    );
    const people = [...full.people, { id: 'P-N', sex: 'F' as const, partnerId: null }];
    const options = suggest({ ...full, people }, onePlan, urgent, 3, { today: TODAY });
    expect(options).toHaveLength(1);
    expect(options[0]).toMatchObject({ bedId: B1, start: '2027-01-14', end: '2027-01-19', moves: ['A'] });
    expect(options[0]?.reason).toBe(
      `plass i ${B1} fra 2027-01-14 til 2027-01-19, ingen ventetid, A må flyttes`,
    );
  });
});
