import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../solver/dates.ts';
import { generateInstance, kindOfTags, measureLoad, wardKinds } from '../../solver/generator/index.ts';
import { lengthBucket } from '../../solver/generator/lengths.ts';
import { bedsOf, countBy, isNonAcute, windowDays } from './support.ts';

const bergen = generateInstance({ seed: 1, beds: 470, days: 182, load: 1.1 });
const nonAcute = bergen.requests.filter(isNonAcute);

describe('the request stream', () => {
  it('a 470-bed half year has about 4,800-5,400 requests, ØHD and trygghet included', () => {
    expect(bergen.requests.length).toBeGreaterThanOrEqual(4800);
    expect(bergen.requests.length).toBeLessThanOrEqual(5400);
  });

  it('requests come in every kind but rotation, which is in series', () => {
    expect(Object.keys(countBy(bergen.requests, (r) => r.kind)).sort()).toEqual([
      'korttid',
      'ohd',
      'rehab',
      'trygghet',
      'vurdering',
    ]);
  });

  it("Bergen's length mix holds within 4 points over the korttid, rehab and vurdering requests", () => {
    const mix = countBy(nonAcute, (r) => lengthBucket(r.nights));
    expect(Math.abs((mix.short ?? 0) / nonAcute.length - 0.27)).toBeLessThanOrEqual(0.04);
    expect(Math.abs((mix.about3 ?? 0) / nonAcute.length - 0.39)).toBeLessThanOrEqual(0.04);
    expect(Math.abs((mix.long ?? 0) / nonAcute.length - 0.34)).toBeLessThanOrEqual(0.04);
  });

  it('non-acute stays last 7-42 nights, rehab mostly 21, vurdering 7-14', () => {
    for (const r of nonAcute) {
      expect(r.nights).toBeGreaterThanOrEqual(7);
      expect(r.nights).toBeLessThanOrEqual(42);
    }
    const rehab = bergen.requests.filter((r) => r.kind === 'rehab');
    expect(rehab.filter((r) => r.nights === 21).length / rehab.length).toBeGreaterThan(0.6);
    const vurdering = bergen.requests.filter((r) => r.kind === 'vurdering');
    expect(vurdering.length).toBeGreaterThan(0);
    expect(vurdering.every((r) => r.nights >= 7 && r.nights <= 14)).toBe(true);
  });

  it('hospital windows are at most 3 days with priority 1-2, home windows at least 7 with priority 2-5', () => {
    for (const r of nonAcute) {
      if (r.source === 'hospital') {
        expect(windowDays(r)).toBeLessThanOrEqual(3);
        expect(r.priority).toBeLessThanOrEqual(2);
      } else {
        expect(windowDays(r)).toBeGreaterThanOrEqual(7);
        expect(windowDays(r)).toBeLessThanOrEqual(28);
        expect(r.priority).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('about 55 % of korttid and rehab requests are hospital discharges', () => {
    const stays = bergen.requests.filter((r) => r.kind === 'korttid' || r.kind === 'rehab');
    const share = stays.filter((r) => r.source === 'hospital').length / stays.length;
    expect(share).toBeGreaterThan(0.5);
    expect(share).toBeLessThan(0.6);
  });

  it('ØHD requests are 1-3 nights, arrive the same day (earliestStart = latestStart) and need an ØHD bed', () => {
    const ohd = bergen.requests.filter((r) => r.kind === 'ohd');
    expect(ohd.length / 182).toBeGreaterThan(5);
    for (const r of ohd) {
      expect(r.nights).toBeGreaterThanOrEqual(1);
      expect(r.nights).toBeLessThanOrEqual(3);
      expect(r.latestStart).toBe(r.earliestStart);
      expect(r.requiredTags).toEqual(['ohd']);
      expect(r.priority).toBe(1);
    }
  });

  it('ØHD arrivals are spread over the horizon: every week has some', () => {
    const weeks = countBy(
      bergen.requests.filter((r) => r.kind === 'ohd'),
      (r) => String(Math.floor(daysBetween(bergen.horizon.start, r.earliestStart) / 7)),
    );
    expect(Object.keys(weeks).length).toBe(26);
  });

  it('trygghet requests are at most 7 nights at 0-2 days notice and need a trygghet bed', () => {
    const trygghet = bergen.requests.filter((r) => r.kind === 'trygghet');
    expect(trygghet.length).toBeGreaterThan(0);
    for (const r of trygghet) {
      expect(r.nights).toBeLessThanOrEqual(7);
      expect(windowDays(r)).toBeLessThanOrEqual(2);
      expect(r.requiredTags).toEqual(['trygghet']);
    }
  });

  it('dementia requests are korttid stays that need a demens bed', () => {
    const demens = bergen.requests.filter((r) => r.requiredTags.includes('demens'));
    expect(demens.length).toBeGreaterThan(0);
    expect(demens.every((r) => r.kind === 'korttid' && r.requiredTags.includes('korttid'))).toBe(true);
  });

  it('every start window lies inside the horizon', () => {
    for (const r of bergen.requests) {
      expect(r.earliestStart >= bergen.horizon.start).toBe(true);
      expect(r.latestStart < bergen.horizon.end).toBe(true);
    }
  });

  it('arrivals are roughly uniform, with a little more in the first week from the waiting list', () => {
    const week = (r: { earliestStart: string }) =>
      Math.floor(daysBetween(bergen.horizon.start, r.earliestStart) / 7);
    const perWeek = countBy(nonAcute, (r) => String(week(r)));
    const first = perWeek['0'] ?? 0;
    const middle = (perWeek['12'] ?? 0) + (perWeek['13'] ?? 0);
    expect(first).toBeGreaterThan(middle / 2);
    expect(first).toBeLessThan(middle * 2);
  });

  it('requests are numbered in order of earliest start', () => {
    const starts = bergen.requests.map((r) => r.earliestStart);
    expect(starts).toEqual([...starts].sort());
    expect(bergen.requests.map((r) => r.id).slice(0, 3)).toEqual(['R1', 'R2', 'R3']);
  });

  it('about 40 % of requests other than ØHD name one centre, and only a centre with a fitting ward', () => {
    const wishes = bergen.requests.filter((r) => r.kind !== 'ohd');
    const naming = wishes.filter((r) => r.preferredCentres.length > 0);
    expect(naming.length / wishes.length).toBeGreaterThan(0.35);
    expect(naming.length / wishes.length).toBeLessThan(0.45);
    const beds = bedsOf(bergen);
    for (const r of naming) {
      expect(r.preferredCentres.length).toBe(1);
      const kind = kindOfTags(r.requiredTags);
      expect(beds.some((b) => b.centre.id === r.preferredCentres[0] && b.kind === kind)).toBe(true);
    }
    expect(bergen.requests.filter((r) => r.kind === 'ohd' && r.preferredCentres.length > 0)).toEqual([]);
  });

  it('a few requests need a tagged bed, and such a bed exists in their kind of ward', () => {
    const tagged = bergen.requests.filter((r) =>
      r.requiredTags.some((t) => t === 'bariatrisk' || t === 'isolat'),
    );
    expect(tagged.length).toBeGreaterThan(10);
    expect(tagged.length).toBeLessThan(100);
    const beds = bedsOf(bergen);
    for (const r of bergen.requests) {
      const fits = beds.some((b) =>
        r.requiredTags.every((t) => b.ward.tags.includes(t) || b.bed.tags.includes(t)),
      );
      expect(fits, r.id).toBe(true);
    }
  });
});

describe('the load', () => {
  it('offered over available nights is within 0.05 of the load for every ward kind', () => {
    const cases = [
      { seed: 1, beds: 470, days: 182, load: 1.1 },
      { seed: 7, beds: 60, days: 182, load: 1.1 },
      { seed: 42, beds: 100, days: 182, load: 1.05 },
      { seed: 5, beds: 200, days: 91, load: 0.9 },
    ];
    for (const options of cases) {
      const figures = measureLoad(options.seed === 1 ? bergen : generateInstance(options));
      for (const kind of wardKinds) {
        expect(
          Math.abs(figures[kind].load - options.load),
          `${kind} at ${options.beds} beds`,
        ).toBeLessThanOrEqual(0.05);
      }
    }
  });

  it('available nights are the bed-nights less closures, beds out of service and fixed stays', () => {
    const figures = measureLoad(bergen);
    const total = wardKinds.reduce((sum, k) => sum + figures[k].available, 0);
    expect(total).toBeLessThan(470 * 182);
    expect(total).toBeGreaterThan(470 * 182 * 0.85);
    expect(wardKinds.reduce((sum, k) => sum + figures[k].beds, 0)).toBe(470);
  });
});

describe('people', () => {
  it('each request and each series has a person of its own', () => {
    const owners = [...bergen.requests.map((r) => r.personId), ...bergen.series.map((s) => s.personId)];
    expect(new Set(owners).size).toBe(owners.length);
    const fixedOwners = bergen.fixed.map((f) => f.personId);
    expect(new Set(fixedOwners).size).toBe(fixedOwners.length);
    expect(bergen.people.map((p) => p.id)).toEqual(bergen.people.map((_, i) => `P${i + 1}`));
  });

  it('about 60 % are women', () => {
    const share = bergen.people.filter((p) => p.sex === 'F').length / bergen.people.length;
    expect(share).toBeGreaterThan(0.57);
    expect(share).toBeLessThan(0.63);
  });

  it('five couples name each other, and each couple asks for the same stays together', () => {
    const byId = new Map(bergen.people.map((p) => [p.id, p]));
    const partnered = bergen.people.filter((p) => p.partnerId !== null);
    expect(partnered.length).toBe(10);
    for (const p of partnered) {
      const partner = byId.get(p.partnerId as string);
      expect(partner?.partnerId).toBe(p.id);
      expect(partner?.sex).not.toBe(p.sex);
      const mine = bergen.requests.find((r) => r.personId === p.id);
      const theirs = bergen.requests.find((r) => r.personId === p.partnerId);
      if (mine) {
        expect({ ...theirs, id: '', personId: '' }).toEqual({ ...mine, id: '', personId: '' });
      } else {
        const s = bergen.series.find((x) => x.personId === p.id);
        const t = bergen.series.find((x) => x.personId === p.partnerId);
        expect(s).toBeDefined();
        expect({ ...t, id: '', personId: '' }).toEqual({ ...s, id: '', personId: '' });
      }
    }
  });
});
