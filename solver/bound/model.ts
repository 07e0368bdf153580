/**
 * The LP relaxation behind the bound, aggregated by bed class (beds with the same tag set).
 *
 * Variables x[group][s] (or x[group][class][s], see `stay`) in [0, count]: how many of the group's demands
 * start on night s. Rows: Σ_s x[group][s] <= count per group; per class and horizon night t the stays
 * covering t fit the class's free beds c[class][t]. Objective: Σ x · (nights of [s, s + nights) inside the
 * horizon).
 *
 * Two ways to tie demands to classes:
 * - 'night' (the default, and the one that bounds every valid plan): a stay may change bed part-way (a
 *   transfer, formats.md), also into another class whose tags fit, so the class is chosen per night. For
 *   each type k (set of compatible classes) with more than one class and each night t:
 *   Σ x covering t - Σ_{g in k} f[k][g][t] <= 0, and f[k][g][t] in [0, c[g][t]] enters class g's row for
 *   t. A type with one class puts x straight into that class's rows.
 * - 'stay': each stay keeps one class from arrival to departure: x[group][g][s] for every compatible class
 *   g. Tighter, but only an upper bound for plans without transfers between classes.
 */
import { LpBuilder, type LpProblem } from '../lp/types.ts';
import { nightsInside, type BoundData } from './demands.ts';

export type Relaxation = 'night' | 'stay';

export interface BoundLp {
  problem: LpProblem;
  /** Σ of column upper bound × cost: the LP objective can never exceed it. */
  maxObjective: number;
}

/** Lazily created rows, one per (key, night). */
class RowTable {
  private readonly rows: Int32Array;
  constructor(
    private readonly lp: LpBuilder,
    keys: number,
    private readonly nights: number,
    private readonly upper: (key: number, night: number) => number,
  ) {
    this.rows = new Int32Array(keys * nights).fill(-1);
  }
  row(key: number, night: number): number {
    const at = key * this.nights + night;
    let row = this.rows[at]!;
    if (row < 0) {
      row = this.lp.addRow(-Infinity, this.upper(key, night));
      this.rows[at] = row;
    }
    return row;
  }
}

export function buildBoundLp(data: BoundData, relaxation: Relaxation = 'night'): BoundLp {
  const H = data.horizonNights;
  const lp = new LpBuilder('max');
  const capacityRows = new RowTable(lp, data.classes.length, H, (g, t) => data.classes[g]!.capacity[t]!);
  let maxObjective = 0;

  // Types: distinct sets of compatible classes with more than one class ('night' only).
  const typeIndex = new Map<string, number>();
  const typeClasses: number[][] = [];
  const typeOf = (classes: number[]): number => {
    const key = classes.join(',');
    let k = typeIndex.get(key);
    if (k === undefined) {
      k = typeClasses.length;
      typeIndex.set(key, k);
      typeClasses.push(classes);
    }
    return k;
  };
  const multi = relaxation === 'night' ? data.groups.filter((g) => g.classes.length > 1) : [];
  for (const group of multi) typeOf(group.classes);
  const typeRows = new RowTable(lp, typeClasses.length, H, () => 0);
  const typeRowUsed = new Uint8Array(typeClasses.length * H);

  const addStarts = (
    group: BoundData['groups'][number],
    rowsFor: (night: number) => number,
    starts: number[],
  ) => {
    for (let s = group.first; s <= group.last; s++) {
      const cost = nightsInside(s, group.nights, H);
      const col = lp.addColumn({ cost, upper: group.count });
      maxObjective += cost * group.count;
      starts.push(col);
      const to = Math.min(H, s + group.nights);
      for (let t = Math.max(0, s); t < to; t++) lp.addEntry(rowsFor(t), col, 1);
    }
  };

  for (const group of data.groups) {
    const starts: number[] = [];
    if (group.classes.length === 1) {
      const g = group.classes[0]!;
      addStarts(group, (t) => capacityRows.row(g, t), starts);
    } else if (relaxation === 'night') {
      const k = typeOf(group.classes);
      addStarts(
        group,
        (t) => {
          typeRowUsed[k * H + t] = 1;
          return typeRows.row(k, t);
        },
        starts,
      );
    } else {
      for (const g of group.classes) addStarts(group, (t) => capacityRows.row(g, t), starts);
    }
    // With one column the group's row is the column's bound.
    if (starts.length > 1)
      lp.addRow(
        -Infinity,
        group.count,
        starts,
        starts.map(() => 1),
      );
  }

  // Flow of each multi-class type into its classes, per night.
  for (let k = 0; k < typeClasses.length; k++) {
    for (let t = 0; t < H; t++) {
      if (typeRowUsed[k * H + t] !== 1) continue;
      const typeRow = typeRows.row(k, t);
      for (const g of typeClasses[k]!) {
        const capacity = data.classes[g]!.capacity[t]!;
        if (capacity <= 0) continue;
        const f = lp.addColumn({ upper: capacity });
        lp.addEntry(typeRow, f, -1);
        lp.addEntry(capacityRows.row(g, t), f, 1);
      }
    }
  }
  return { problem: lp.build(), maxObjective };
}
