import type { LpBuilder } from '../lp/types.ts';
import type { State } from './state.ts';

function push(groups: Map<string, number[]>, key: string, col: number): void {
  const list = groups.get(key);
  if (list) list.push(col);
  else groups.set(key, [col]);
}

/**
 * The hard rules between stays chosen in one MILP, as packing rows over binary placement columns: a bed
 * holds one stay a night (turnover days included), a person is in one stay a night, a capped ward stays
 * within the beds it is staffed for, and a room holds one sex a night. Conflicts with stays outside the
 * MILP are the caller's: it makes a column only for a placement the plan allows as it stands.
 */
export class PackingRows {
  private readonly perBedNight = new Map<string, number[]>();
  private readonly perPersonNight = new Map<string, number[]>();
  private readonly perWardNight = new Map<string, number[]>();
  private readonly perRoomNight = new Map<string, Map<string, number[]>>();

  constructor(private readonly state: State) {}

  /** Column `col` stands for the person's stay on the bed over nights [start, end). */
  add(col: number, personId: string, bed: number, start: number, end: number): void {
    const { model } = this.state;
    const turnover = model.instance.turnoverDays;
    for (let t = start; t < end + turnover; t++) push(this.perBedNight, `${bed}:${t}`, col);
    const ward = model.cappedWardOf[bed] as number;
    const room = this.state.bedInfo(bed).room;
    const shared = (model.rooms[room] as number[]).length > 1;
    const sex = model.people.get(personId)?.sex ?? '';
    for (let t = start; t < end; t++) {
      push(this.perPersonNight, `${personId}:${t}`, col);
      if (ward >= 0) push(this.perWardNight, `${ward}:${t}`, col);
      if (shared) {
        const key = `${room}:${t}`;
        const bySex = this.perRoomNight.get(key) ?? new Map<string, number[]>();
        push(bySex, sex, col);
        this.perRoomNight.set(key, bySex);
      }
    }
  }

  /**
   * Adds the rows to the LP. Room rows need a switch column per sex and room-night; `warm` gets their start
   * values from the columns' own (a switch is on when a column of its sex is).
   */
  addRows(lp: LpBuilder, warm: number[]): void {
    addLimitRows(lp, this.perBedNight, () => 1);
    addLimitRows(lp, this.perPersonNight, () => 1);
    addLimitRows(lp, this.perWardNight, (key) => {
      const [ward, night] = key.split(':').map(Number) as [number, number];
      return this.state.occupancy.wardRoomAt(ward, night);
    });
    for (const [key, bySex] of this.perRoomNight) {
      if (bySex.size < 2) continue;
      const size = (this.state.model.rooms[Number(key.split(':')[0])] as number[]).length;
      const switches: number[] = [];
      for (const cols of bySex.values()) {
        const z = lp.addColumn({ upper: 1, integer: true });
        warm[z] = cols.some((c) => warm[c] === 1) ? 1 : 0;
        switches.push(z);
        lp.addRow(-Infinity, 0, [...cols, z], [...cols.map(() => 1), -size]);
      }
      lp.addRow(
        -Infinity,
        1,
        switches,
        switches.map(() => 1),
      );
    }
  }
}

/** A row per group whose columns could exceed its limit; the others cannot be broken. */
function addLimitRows(lp: LpBuilder, groups: Map<string, number[]>, upper: (key: string) => number): void {
  for (const [key, cols] of groups) {
    const limit = upper(key);
    if (cols.length > limit)
      lp.addRow(
        -Infinity,
        limit,
        cols,
        cols.map(() => 1),
      );
  }
}
