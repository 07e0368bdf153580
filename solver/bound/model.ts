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
 *
 * Tied series (`BoundData.series`, boundData's `tieSeries`): per series, y[a] in [0, 1] for each anchor a
 * in firstStart with Σ_a y[a] <= 1; per occurrence k with offset o, flex f, and each start s, columns
 * x[k][s] (one per placement as above) in [0, 1] with Σ x[k][s] <= Σ y[a] over the anchors with
 * |s - (a + o)| <= f and a + o < until, and Σ_s x[k][s] <= Σ y[a] over the anchors with a + o < until.
 * A valid plan gives y = 1 on its anchor (the checker's start_0, which lies in firstStart and fits every
 * placed occurrence), so this is a relaxation of every valid plan, and with integer y exact for a series.
 *
 * `integer`: x (and y) integer, for a MIP. The class flows f stay continuous: with integer x, each night's
 * flow rows are a transportation problem with integer capacities, so an integer flow exists whenever a
 * fractional one does; the MIP's optimum is the same as with integer f.
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

export interface BoundLpOptions {
  /** Start columns x integer (a MIP); class flows stay continuous (see the note above). */
  integer?: boolean;
}

export function buildBoundLp(
  data: BoundData,
  relaxation: Relaxation = 'night',
  options: BoundLpOptions = {},
): BoundLp {
  const integer = options.integer === true;
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
  if (relaxation === 'night')
    for (const { classes } of [...data.groups, ...data.series]) if (classes.length > 1) typeOf(classes);
  const typeRows = new RowTable(lp, typeClasses.length, H, () => 0);
  const typeRowUsed = new Uint8Array(typeClasses.length * H);

  /** The ways a stay of these classes uses capacity: one row per night for each (see the header). */
  const placements = (classes: number[]): ((night: number) => number)[] => {
    if (classes.length === 1) {
      const g = classes[0]!;
      return [(t) => capacityRows.row(g, t)];
    }
    if (relaxation === 'night') {
      const k = typeOf(classes);
      return [
        (t) => {
          typeRowUsed[k * H + t] = 1;
          return typeRows.row(k, t);
        },
      ];
    }
    return classes.map((g) => (t: number) => capacityRows.row(g, t));
  };

  /** A column for `upper` stays starting on night s, entered into the rows of the nights it covers. */
  const addStart = (s: number, nights: number, upper: number, rowsFor: (night: number) => number) => {
    const cost = nightsInside(s, nights, H);
    const col = lp.addColumn({ cost, upper, integer });
    maxObjective += cost * upper;
    const to = Math.min(H, s + nights);
    for (let t = Math.max(0, s); t < to; t++) lp.addEntry(rowsFor(t), col, 1);
    return col;
  };

  for (const group of data.groups) {
    const starts: number[] = [];
    for (const rowsFor of placements(group.classes))
      for (let s = group.first; s <= group.last; s++)
        starts.push(addStart(s, group.nights, group.count, rowsFor));
    // With one column the group's row is the column's bound.
    if (starts.length > 1)
      lp.addRow(
        -Infinity,
        group.count,
        starts,
        starts.map(() => 1),
      );
  }

  // Tied series: y[a] = 1 when the anchor is a (Σ_a y <= 1); x[k][s] <= Σ of y over the anchors that let
  // occurrence k start on s, and Σ_s x[k][s] <= Σ of y over the anchors for which occurrence k exists.
  for (const series of data.series) {
    const anchors: number[] = [];
    for (let a = series.earliest; a <= series.latest; a++) anchors.push(lp.addColumn({ upper: 1, integer }));
    lp.addRow(
      -Infinity,
      1,
      anchors,
      anchors.map(() => 1),
    );
    const rowsOf = placements(series.classes);
    for (const o of series.occurrences) {
      // Anchors (as indices into `anchors`) for which the occurrence exists: a + offset < until.
      const existing = Math.min(series.latest, series.until - 1 - o.offset) - series.earliest + 1;
      if (existing <= 0) continue;
      const first = Math.max(series.earliest + o.offset - o.flex, 1 - o.nights);
      const last = Math.min(series.earliest + existing - 1 + o.offset + o.flex, H - 1);
      const starts: number[] = [];
      for (let s = first; s <= last; s++) {
        const columns: number[] = [];
        for (const rowsFor of rowsOf) columns.push(addStart(s, o.nights, 1, rowsFor));
        starts.push(...columns);
        // Anchors a with |s - (a + offset)| <= flex, among the existing ones.
        const from = Math.max(0, s - o.offset - o.flex - series.earliest);
        const to = Math.min(existing - 1, s - o.offset + o.flex - series.earliest);
        const link = lp.addRow(
          -Infinity,
          0,
          columns,
          columns.map(() => 1),
        );
        for (let i = from; i <= to; i++) lp.addEntry(link, anchors[i]!, -1);
      }
      const exists = lp.addRow(
        -Infinity,
        0,
        starts,
        starts.map(() => 1),
      );
      for (let i = 0; i < existing; i++) lp.addEntry(exists, anchors[i]!, -1);
    }
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
