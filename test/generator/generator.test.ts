import { describe, expect, it } from 'vitest';
import { instance as instanceSchema } from '../../solver/formats.ts';
import { generateInstance, measureLoad, wardKinds } from '../../solver/generator/index.ts';
import { bedsOf, countBy } from './support.ts';

const bergen = generateInstance({ seed: 1, beds: 470, days: 182, load: 1.1 });
const small = generateInstance({ seed: 3, beds: 60, days: 182, load: 1.1 });

describe('the instance generator', () => {
  it('the same options give byte-identical JSON', () => {
    const again = generateInstance({ seed: 1, beds: 470, days: 182, load: 1.1 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(bergen));
  });

  it('another seed gives another instance', () => {
    const other = generateInstance({ seed: 4, beds: 60, days: 182, load: 1.1 });
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(small));
  });

  it('a generated instance parses with the v1 schema and comes out unchanged', () => {
    for (const inst of [bergen, small]) {
      const parsed = instanceSchema.safeParse(JSON.parse(JSON.stringify(inst)));
      expect(parsed.success).toBe(true);
      expect(parsed.data).toStrictEqual(inst);
    }
  });

  it('the bed count is within 3 of the beds asked for', () => {
    for (const beds of [24, 60, 100, 250, 470, 800]) {
      const inst = beds === 470 ? bergen : generateInstance({ seed: 11, beds, days: 56, load: 1.1 });
      expect(Math.abs(bedsOf(inst).length - beds)).toBeLessThanOrEqual(3);
    }
  });

  it('the horizon starts on Monday 2027-01-04 by default and runs the given days', () => {
    expect(bergen.horizon).toEqual({ start: '2027-01-04', end: '2027-07-05' });
    expect(bergen.turnoverDays).toBe(0);
  });

  it('a given start and turnover are kept', () => {
    const inst = generateInstance({
      seed: 2,
      beds: 40,
      days: 91,
      load: 1,
      start: '2027-03-01',
      turnoverDays: 1,
    });
    expect(inst.horizon).toEqual({ start: '2027-03-01', end: '2027-05-31' });
    expect(inst.turnoverDays).toBe(1);
  });

  it('options out of range are refused', () => {
    expect(() => generateInstance({ seed: 1, beds: 10, days: 182, load: 1.1 })).toThrow(/beds/);
    expect(() => generateInstance({ seed: 1, beds: 60, days: 3, load: 1.1 })).toThrow(/days/);
    expect(() => generateInstance({ seed: 1, beds: 60, days: 182, load: 0 })).toThrow(/load/);
    expect(() => generateInstance({ seed: 1.5, beds: 60, days: 182, load: 1 })).toThrow(/seed/);
  });
});

describe('the bed tree', () => {
  it('every ward kind is present at 60 beds, with an ØHD ward of 2 or more beds and a rotation ward', () => {
    const beds = bedsOf(small);
    for (const kind of wardKinds) expect(beds.filter((b) => b.kind === kind).length).toBeGreaterThan(0);
    const ohdWards = small.centres.flatMap((c) => c.wards).filter((w) => w.tags.includes('ohd'));
    expect(ohdWards.some((w) => w.rooms.flatMap((r) => r.beds).length >= 2)).toBe(true);
    expect(small.centres.flatMap((c) => c.wards).some((w) => w.tags.includes('rullering'))).toBe(true);
  });

  it('a 60-bed instance has two centres and a 470-bed instance four', () => {
    expect(small.centres.map((c) => c.id)).toEqual(['C1', 'C2']);
    expect(bergen.centres.map((c) => c.id)).toEqual(['C1', 'C2', 'C3', 'C4']);
  });

  it('centres hold 100-130 beds at Bergen scale', () => {
    for (const centre of bergen.centres) {
      const beds = bedsOf({ ...bergen, centres: [centre] }).length;
      expect(beds).toBeGreaterThanOrEqual(100);
      expect(beds).toBeLessThanOrEqual(130);
    }
  });

  it('the ward kinds take about the shares of the beds the brief names', () => {
    const share = countBy(bedsOf(bergen), (b) => b.kind);
    const of = (kind: string) => (share[kind] ?? 0) / 470;
    expect(of('korttid')).toBeGreaterThan(0.48);
    expect(of('korttid')).toBeLessThan(0.56);
    expect(of('rehab')).toBeCloseTo(0.2, 2);
    expect(of('demens')).toBeCloseTo(0.12, 2);
    expect(of('rullering')).toBeCloseTo(0.09, 2);
    expect(of('ohd')).toBeCloseTo(0.03, 2);
    expect(of('trygghet')).toBeCloseTo(0.03, 2);
  });

  it('wards of stays have 6-24 beds and ØHD and trygghet wards 2-8', () => {
    for (const ward of bergen.centres.flatMap((c) => c.wards)) {
      const beds = ward.rooms.flatMap((r) => r.beds).length;
      const small = ward.tags.includes('ohd') || ward.tags.includes('trygghet');
      expect(beds).toBeGreaterThanOrEqual(small ? 2 : 6);
      expect(beds).toBeLessThanOrEqual(small ? 8 : 24);
    }
  });

  it('ids follow the tree: C1, C1-W2, C1-W2-R3, C1-W2-R3-B1', () => {
    for (const { centre, ward, room, bed } of bedsOf(bergen)) {
      expect(ward.id).toMatch(new RegExp(`^${centre.id}-W\\d+$`));
      expect(room.id).toMatch(new RegExp(`^${ward.id}-R\\d+$`));
      expect(bed.id).toMatch(new RegExp(`^${room.id}-B[12]$`));
    }
  });

  it('wards carry Norwegian names and their kind tags', () => {
    const names = bergen.centres.flatMap((c) => c.wards.map((w) => `${w.name}: ${w.tags.join(' ')}`));
    expect(names).toContain('Korttid 1: korttid');
    expect(names.some((n) => /^Rehabilitering \d: rehab$/.test(n))).toBe(true);
    expect(names.some((n) => /^Skjermet enhet( \d)?: korttid demens$/.test(n))).toBe(true);
    expect(names.some((n) => /^Rullering( \d)?: rullering$/.test(n))).toBe(true);
    expect(names.some((n) => /^ØHD( \d)?: ohd$/.test(n))).toBe(true);
    expect(names.some((n) => /^Trygghetsplasser( \d)?: trygghet$/.test(n))).toBe(true);
    expect(bergen.centres[0]?.name).toBe('Fyllingsdalen behandlingssenter');
  });

  it('double rooms hold 10-15 % of the beds, and never in ØHD or trygghet wards', () => {
    for (const inst of [bergen, small]) {
      const beds = bedsOf(inst);
      const inDoubles = beds.filter((b) => b.room.beds.length === 2);
      expect(inDoubles.length / beds.length).toBeGreaterThanOrEqual(0.1);
      expect(inDoubles.length / beds.length).toBeLessThanOrEqual(0.15);
      expect(inDoubles.filter((b) => b.kind === 'ohd' || b.kind === 'trygghet')).toEqual([]);
    }
  });

  it('2 % of the beds are bariatrisk and 2 % isolat, in single rooms', () => {
    const tagged = bedsOf(bergen).filter((b) => b.bed.tags.length > 0);
    expect(countBy(tagged, (b) => b.bed.tags.join())).toEqual({ bariatrisk: 9, isolat: 9 });
    expect(new Set(tagged.flatMap((b) => b.bed.tags))).toEqual(new Set(['bariatrisk', 'isolat']));
    expect(tagged.every((b) => b.room.beds.length === 1)).toBe(true);
  });

  it('summer closures fall on wards other than ØHD, start on a Monday and last whole weeks', () => {
    const closed = bergen.centres.flatMap((c) => c.wards).filter((w) => w.closures.length > 0);
    expect(closed.length).toBeGreaterThan(0);
    for (const ward of closed) {
      expect(ward.tags).not.toContain('ohd');
      for (const c of ward.closures) {
        expect(new Date(`${c.start}T12:00:00Z`).getUTCDay()).toBe(1);
        expect(c.start >= '2027-06-21' && c.start <= '2027-07-19').toBe(true);
        expect(c.start < bergen.horizon.end).toBe(true);
      }
    }
  });

  it('every instance whose horizon reaches the summer has a closure, however few its wards', () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const inst = seed === 3 ? small : generateInstance({ seed, beds: 30, days: 182, load: 1.1 });
      expect(inst.centres.flatMap((c) => c.wards).some((w) => w.closures.length > 0)).toBe(true);
    }
  });

  it('a horizon that ends before the summer has no closures', () => {
    const spring = generateInstance({ seed: 1, beds: 120, days: 91, load: 1.1 });
    expect(spring.centres.flatMap((c) => c.wards).filter((w) => w.closures.length > 0)).toEqual([]);
  });

  it('4 % of the beds are out of service once, for days to weeks inside the horizon', () => {
    const out = bedsOf(bergen).filter((b) => b.bed.outOfService.length > 0);
    expect(out.length).toBe(19);
    for (const { bed } of out) {
      const [period] = bed.outOfService;
      expect(period && period.start >= bergen.horizon.start && period.end <= bergen.horizon.end).toBe(true);
    }
  });

  it('every ward kind has free nights to offer', () => {
    for (const [kind, figures] of Object.entries(measureLoad(small))) {
      expect(figures.available, kind).toBeGreaterThan(0);
    }
  });
});
