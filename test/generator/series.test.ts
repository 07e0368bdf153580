import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../solver/dates.ts';
import { generateInstance } from '../../solver/generator/index.ts';
import { countBy } from './support.ts';

const bergen = generateInstance({ seed: 1, beds: 470, days: 182, load: 1.1 });

const patternOf = (s: (typeof bergen.series)[number]) =>
  s.phases.map((p) => `${p.inNights}/${p.homeNights}${p.count ? `x${p.count}` : ''}`).join(' ');

describe('rotation series', () => {
  it('a 470-bed instance has about 130 series (±25)', () => {
    expect(Math.abs(bergen.series.length - 130)).toBeLessThanOrEqual(25);
  });

  it('there are about 2.5-3.5 series per rotation bed', () => {
    const rotationBeds = bergen.centres
      .flatMap((c) => c.wards)
      .filter((w) => w.tags.includes('rullering'))
      .flatMap((w) => w.rooms.flatMap((r) => r.beds)).length;
    expect(bergen.series.length / rotationBeds).toBeGreaterThanOrEqual(2.5);
    expect(bergen.series.length / rotationBeds).toBeLessThanOrEqual(3.5);
  });

  it('3-6 is the most common pattern; 3-3, the staircase, 1-3 and weekends also occur', () => {
    const patterns = countBy(bergen.series, patternOf);
    const ranked = Object.entries(patterns).sort((a, b) => b[1] - a[1]);
    expect(ranked[0]?.[0]).toBe('21/42');
    expect(Object.keys(patterns).sort()).toEqual(['2/5', '21/21', '21/42', '7/21', '7/42x2 14/42x2 21/42']);
  });

  it('every series needs a rotation bed, runs to the horizon end and may move 0-3 days', () => {
    for (const s of bergen.series) {
      expect(s.kind).toBe('rullering');
      expect(s.requiredTags).toEqual(['rullering']);
      expect(s.until).toBe(bergen.horizon.end);
      expect(s.flexDays).toBeGreaterThanOrEqual(0);
      expect(s.flexDays).toBeLessThanOrEqual(3);
      expect(s.pins).toEqual([]);
    }
  });

  it('a new series first starts within the first 7 weeks, in a window at most 14 days wide', () => {
    const fresh = bergen.series.filter((s) => !bergen.fixed.some((f) => f.personId === s.personId));
    expect(fresh.length).toBeGreaterThan(80);
    for (const s of fresh) {
      const width = daysBetween(s.firstStart.earliest, s.firstStart.latest);
      expect(width).toBeGreaterThanOrEqual(0);
      expect(width).toBeLessThanOrEqual(14);
      expect(s.firstStart.earliest >= bergen.horizon.start).toBe(true);
      expect(daysBetween(bergen.horizon.start, s.firstStart.latest)).toBeLessThanOrEqual(7 * 7);
    }
  });

  it('a series that goes on from a stay under way comes back after its home nights, at 0-3 days notice', () => {
    const fixedByPerson = new Map(bergen.fixed.map((f) => [f.personId, f]));
    const going = bergen.series.filter((s) => fixedByPerson.has(s.personId));
    expect(going.length).toBeGreaterThan(20);
    for (const s of going) {
      const stay = fixedByPerson.get(s.personId);
      const home = daysBetween(stay?.end ?? '', s.firstStart.earliest);
      expect(home).toBeGreaterThanOrEqual(s.phases[0]?.homeNights ?? 0);
      expect(daysBetween(s.firstStart.earliest, s.firstStart.latest)).toBeLessThanOrEqual(3);
      expect(daysBetween(bergen.horizon.start, s.firstStart.latest)).toBeLessThan(10 * 7);
    }
  });

  it('a weekend series arrives on a Friday and moves at most a day', () => {
    const weekends = bergen.series.filter((s) => patternOf(s) === '2/5');
    expect(weekends.length).toBeGreaterThan(0);
    for (const s of weekends) {
      expect(s.flexDays).toBeLessThanOrEqual(1);
    }
    const fresh = weekends.filter((s) => !bergen.fixed.some((f) => f.personId === s.personId));
    for (const s of fresh) expect(new Date(`${s.firstStart.earliest}T12:00:00Z`).getUTCDay()).toBe(5);
  });

  it('users already in a rotation bed name its centre; about 40 % of the new ones name a centre', () => {
    const fixedByPerson = new Map(bergen.fixed.map((f) => [f.personId, f]));
    const fresh = bergen.series.filter((s) => !fixedByPerson.has(s.personId));
    for (const s of bergen.series.filter((x) => fixedByPerson.has(x.personId))) {
      expect(s.preferredCentres).toEqual([fixedByPerson.get(s.personId)?.bedId.split('-')[0]]);
    }
    const naming = fresh.filter((s) => s.preferredCentres.length > 0).length / fresh.length;
    expect(naming).toBeGreaterThan(0.25);
    expect(naming).toBeLessThan(0.55);
  });
});
