import { describe, expect, it } from 'vitest';
import {
  groupBeds,
  roomTitle,
  scopeOfUnit,
  unitOptions,
  type UnitTree,
} from '../../web/src/features/calendar/resources.ts';
import { bed } from './support.ts';

describe('grouping beds', () => {
  it('orders beds centre, ward, room and bed with numbers in numeric order', () => {
    const rows = groupBeds([bed('C1-W2-R1-B1'), bed('C1-W1-R10-B1'), bed('C1-W1-R2-B2'), bed('C1-W1-R2-B1')]);
    expect(rows.map((r) => r.id)).toEqual(['C1-W1-R2-B1', 'C1-W1-R2-B2', 'C1-W1-R10-B1', 'C1-W2-R1-B1']);
    expect(rows.map((r) => r.order)).toEqual([0, 1, 2, 3]);
  });

  it('labels each bed with its centre and ward as the group and its room', () => {
    const [row] = groupBeds([bed('C1-W2-R3-B1')]);
    expect(row).toMatchObject({ group: 'Senter C1 › Avdeling W2', room: 'Rom 3' });
  });

  it('keeps a room id that does not end in a number', () => {
    expect(roomTitle('annex')).toBe('annex');
  });
});

const tree: UnitTree = {
  centres: [
    {
      id: 'C1',
      name: 'Fyllingsdalen',
      wards: [
        { id: 'C1-W1', name: 'Korttid 1' },
        { id: 'C1-W2', name: 'Rehab' },
      ],
    },
    { id: 'C2', name: 'Løvåsen', wards: [{ id: 'C2-W1', name: 'Korttid' }] },
  ],
};

describe('the centre and ward selector', () => {
  it('offers a planner every centre, every ward and all beds', () => {
    const values = unitOptions(tree, { role: 'planner', centreIds: [], wardIds: [] }).map((o) => o.value);
    expect(values).toEqual(['centre:C1', 'ward:C1-W1', 'ward:C1-W2', 'centre:C2', 'ward:C2-W1', 'all']);
  });

  it('offers a ward leader of one ward only that ward', () => {
    const options = unitOptions(tree, { role: 'wardLeader', centreIds: [], wardIds: ['C1-W2'] });
    expect(options).toEqual([{ value: 'ward:C1-W2', label: 'Fyllingsdalen › Rehab' }]);
  });

  it('offers a ward leader of a centre the centre and its wards', () => {
    const values = unitOptions(tree, { role: 'wardLeader', centreIds: ['C2'], wardIds: [] }).map(
      (o) => o.value,
    );
    expect(values).toEqual(['centre:C2', 'ward:C2-W1']);
  });

  it('offers staff their wards, never a whole centre', () => {
    const values = unitOptions(tree, { role: 'staff', centreIds: ['C1'], wardIds: ['C1-W1'] }).map(
      (o) => o.value,
    );
    expect(values).toEqual(['ward:C1-W1']);
  });

  it('turns the choice into the calendar query', () => {
    expect(scopeOfUnit('centre:C1')).toEqual({ centreId: 'C1' });
    expect(scopeOfUnit('ward:C1-W2')).toEqual({ wardId: 'C1-W2' });
    expect(scopeOfUnit('all')).toEqual({});
  });
});
