import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../solver/checker/index.ts';
import { instance as instanceSchema, plan as planSchema } from '../../solver/formats.ts';
import { FIXTURES, fixtureText, generateInstance, type FixtureName } from '../../solver/generator/index.ts';
import { bedsOf } from './support.ts';
import { tinyValidPlan } from '../support/tinyValidPlan.ts';

const read = (name: string) => readFileSync(new URL(`../../fixtures/${name}.json`, import.meta.url), 'utf8');

describe('the committed fixtures', () => {
  for (const name of Object.keys(FIXTURES) as FixtureName[]) {
    it(`fixtures/${name}.json is exactly what the generator makes of ${JSON.stringify(FIXTURES[name])}`, () => {
      const fresh = fixtureText(generateInstance(FIXTURES[name]));
      expect(read(name) === fresh, 'stale fixture: run npx tsx scripts/make-fixtures.ts').toBe(true);
    });
  }

  it('the generated fixtures parse with the v1 schema', () => {
    for (const name of Object.keys(FIXTURES))
      expect(instanceSchema.safeParse(JSON.parse(read(name))).success).toBe(true);
  });
});

describe('fixtures/tiny.json', () => {
  const raw: unknown = JSON.parse(read('tiny'));
  const tiny = instanceSchema.parse(raw);

  it('parses with the v1 schema and comes out unchanged', () => {
    expect(tiny).toStrictEqual(raw);
  });

  it('is small: 2 centres, 9 beds, 11 requests, 2 series, 56 nights', () => {
    expect(tiny.centres.length).toBe(2);
    expect(bedsOf(tiny).length).toBe(9);
    expect(tiny.requests.length).toBe(11);
    expect(tiny.series.length).toBe(2);
    expect(tiny.horizon).toEqual({ start: '2027-01-04', end: '2027-03-01' });
  });

  it('exercises every hard rule: closure, bed out of service, turnover, tags, sexes, partners, fixed stay, pins', () => {
    const beds = bedsOf(tiny);
    expect(tiny.turnoverDays).toBe(1);
    expect(beds.some((b) => b.ward.closures.length > 0)).toBe(true);
    expect(beds.some((b) => b.bed.outOfService.length > 0)).toBe(true);
    expect(beds.some((b) => b.bed.tags.includes('bariatrisk'))).toBe(true);
    expect(tiny.requests.some((r) => r.requiredTags.includes('bariatrisk'))).toBe(true);
    expect(beds.some((b) => b.room.beds.length === 2)).toBe(true);
    expect(new Set(tiny.people.map((p) => p.sex))).toEqual(new Set(['F', 'M']));
    expect(tiny.people.filter((p) => p.partnerId !== null).map((p) => p.id)).toEqual(['P10', 'P11']);
    expect(tiny.fixed.length).toBe(1);
    expect(new Set(tiny.requests.map((r) => r.kind))).toEqual(
      new Set(['korttid', 'rehab', 'ohd', 'vurdering']),
    );
    expect(new Set(tiny.requests.map((r) => r.source))).toEqual(new Set(['hospital', 'home']));
    expect(tiny.series.some((s) => s.phases.length > 1 && s.flexDays > 0)).toBe(true);
    expect(tiny.requests.filter((r) => r.pin).map((r) => r.id)).toEqual(['R3']);
    expect(tiny.series.filter((s) => s.pins.length > 0).map((s) => s.id)).toEqual(['S2']);
  });

  it('has a plan by hand that places everything and that the checker accepts', () => {
    const plan = planSchema.parse(tinyValidPlan());
    const result = checkPlan(tiny, plan);
    expect(result.violations).toEqual([]);
    expect(result.valid).toBe(true);
  });
});
