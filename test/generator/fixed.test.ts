import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../solver/dates.ts';
import type { Instance } from '../../solver/formats.ts';
import { generateInstance } from '../../solver/generator/index.ts';
import { bedsOf, overlap } from './support.ts';

const instances: [string, Instance][] = [
  ['470 beds', generateInstance({ seed: 1, beds: 470, days: 182, load: 1.1 })],
  ['60 beds', generateInstance({ seed: 7, beds: 60, days: 182, load: 1.1 })],
  ['a horizon from July', generateInstance({ seed: 3, beds: 120, days: 91, load: 1.1, start: '2027-07-12' })],
];
const [, bergen] = instances[0] as [string, Instance];

describe('stays under way at the start', () => {
  it('every fixed stay began before the horizon start and is still going on its first night', () => {
    for (const [, inst] of instances) {
      for (const f of inst.fixed) {
        expect(f.start < inst.horizon.start).toBe(true);
        expect(f.end > inst.horizon.start).toBe(true);
      }
    }
  });

  it('fixed stays never overlap on a bed', () => {
    for (const [, inst] of instances) {
      for (const a of inst.fixed) {
        for (const b of inst.fixed) {
          if (a !== b && a.bedId === b.bedId) expect(overlap(a, b)).toBe(false);
        }
      }
    }
  });

  it('fixed stays keep the room sex rule: one sex in a double room unless partners', () => {
    for (const [name, inst] of instances) {
      const sexOf = new Map(inst.people.map((p) => [p.id, p]));
      const roomOf = new Map(bedsOf(inst).map((b) => [b.bed.id, b.room.id]));
      let shared = 0;
      for (const a of inst.fixed) {
        for (const b of inst.fixed) {
          if (a.id >= b.id || roomOf.get(a.bedId) !== roomOf.get(b.bedId) || !overlap(a, b)) continue;
          shared += 1;
          const pa = sexOf.get(a.personId);
          const pb = sexOf.get(b.personId);
          expect(pa?.sex === pb?.sex || pa?.partnerId === pb?.id, `${name}: ${a.id} and ${b.id}`).toBe(true);
        }
      }
      if (name === '470 beds') expect(shared).toBeGreaterThan(0);
    }
  });

  it('no fixed stay sits on a closed night or a night its bed is out of service', () => {
    for (const [, inst] of instances) {
      const beds = new Map(bedsOf(inst).map((b) => [b.bed.id, b]));
      for (const f of inst.fixed) {
        const at = beds.get(f.bedId);
        expect(at).toBeDefined();
        for (const closed of [...(at?.ward.closures ?? []), ...(at?.bed.outOfService ?? [])]) {
          expect(overlap(f, closed), `${f.id} on ${f.bedId}`).toBe(false);
        }
      }
    }
  });

  it('a horizon starting in July has closures before its start that fixed stays keep clear of', () => {
    const [, july] = instances[2] as [string, Instance];
    const closures = july.centres.flatMap((c) => c.wards.flatMap((w) => w.closures));
    expect(closures.some((c) => c.start < july.horizon.start)).toBe(true);
  });

  it('70-85 % of the beds outside ØHD hold someone on the first night', () => {
    const beds = bedsOf(bergen).filter((b) => b.kind !== 'ohd');
    const held = new Set(bergen.fixed.map((f) => f.bedId));
    const share = beds.filter((b) => held.has(b.bed.id)).length / beds.length;
    expect(share).toBeGreaterThanOrEqual(0.7);
    expect(share).toBeLessThanOrEqual(0.85);
  });

  it('ordinary stays end over the first six weeks', () => {
    const ends = bergen.fixed
      .filter((f) => daysBetween(f.start, f.end) <= 42)
      .map((f) => daysBetween(bergen.horizon.start, f.end));
    expect(Math.max(...ends)).toBeLessThanOrEqual(42);
    expect(ends.filter((d) => d <= 7).length).toBeGreaterThan(ends.length / 5);
    expect(ends.filter((d) => d > 21).length).toBeGreaterThan(0);
  });

  it('about 10 per 100 korttid beds hold someone waiting for a long-term place, for months, some past the horizon', () => {
    const korttidBeds = new Set(
      bedsOf(bergen)
        .filter((b) => b.kind === 'korttid' || b.kind === 'demens')
        .map((b) => b.bed.id),
    );
    const waiting = bergen.fixed.filter((f) => korttidBeds.has(f.bedId) && daysBetween(f.start, f.end) > 60);
    expect(Math.abs(waiting.length - korttidBeds.size / 10)).toBeLessThanOrEqual(2);
    expect(waiting.filter((f) => f.end > bergen.horizon.end).length).toBeGreaterThan(0);
  });

  it('the people in rotation beds go on with a series after their stay', () => {
    const rotationBeds = new Set(
      bedsOf(bergen)
        .filter((b) => b.kind === 'rullering')
        .map((b) => b.bed.id),
    );
    const inRotation = bergen.fixed.filter((f) => rotationBeds.has(f.bedId));
    expect(inRotation.length).toBeGreaterThan(0);
    for (const f of inRotation) {
      const series = bergen.series.find((s) => s.personId === f.personId);
      expect(series, f.personId).toBeDefined();
      expect((series?.firstStart.earliest ?? '') > f.end).toBe(true);
    }
  });
});
