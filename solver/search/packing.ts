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
  private readonly sexOf = new Map<number, string>();

  constructor(private readonly state: State) {}

  /**
   * Column `col` stands for the person's stay on the bed over nights [start, end). `personRows` false
   * leaves out the person-night rows, for a caller whose own rows already keep the person's columns apart.
   */
  add(col: number, personId: string, bed: number, start: number, end: number, personRows = true): void {
    const { model } = this.state;
    const turnover = model.instance.turnoverDays;
    for (let t = start; t < end + turnover; t++) push(this.perBedNight, `${bed}:${t}`, col);
    const ward = model.cappedWardOf[bed] as number;
    const room = this.state.bedInfo(bed).room;
    const shared = (model.rooms[room] as number[]).length > 1;
    const sex = model.people.get(personId)?.sex ?? '';
    this.sexOf.set(col, sex);
    for (let t = start; t < end; t++) {
      if (personRows) push(this.perPersonNight, `${personId}:${t}`, col);
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
   * The columns of `order` a greedy takes, each when it breaks no rule with those taken before: a feasible
   * start for the MILP (a set-packing MILP with room rows finds none of its own for a long while).
   * `excludes` is the caller's own rule: true when the column may not join those taken.
   */
  greedy(
    order: readonly number[],
    excludes: (col: number, taken: ReadonlySet<number>) => boolean = () => false,
  ): Set<number> {
    const groupsOf = new Map<number, { limit: number; count: number }[]>();
    const note = (cols: number[], limit: number) => {
      const group = { limit, count: 0 };
      for (const c of cols) groupsOf.set(c, [...(groupsOf.get(c) ?? []), group]);
    };
    for (const cols of this.perBedNight.values()) note(cols, 1);
    for (const cols of this.perPersonNight.values()) note(cols, 1);
    for (const [key, cols] of this.perWardNight) note(cols, this.wardLimit(key));
    // Per room-night the sex already in it.
    const roomsOf = new Map<number, { sex: string | undefined }[]>();
    for (const bySex of this.perRoomNight.values()) {
      const room = { sex: undefined as string | undefined };
      for (const c of [...bySex.values()].flat()) roomsOf.set(c, [...(roomsOf.get(c) ?? []), room]);
    }
    const taken = new Set<number>();
    for (const col of order) {
      const sex = this.sexOf.get(col);
      const groups = groupsOf.get(col) ?? [];
      const rooms = roomsOf.get(col) ?? [];
      if (
        excludes(col, taken) ||
        groups.some((g) => g.count >= g.limit) ||
        rooms.some((r) => r.sex !== undefined && r.sex !== sex)
      )
        continue;
      taken.add(col);
      for (const g of groups) g.count++;
      for (const r of rooms) r.sex = sex;
    }
    return taken;
  }

  private wardLimit(key: string): number {
    const [ward, night] = key.split(':').map(Number) as [number, number];
    return this.state.occupancy.wardRoomAt(ward, night);
  }

  /**
   * Adds the rows to the LP. Room rows need a switch column per sex and room-night; `warm` gets their start
   * values from the columns' own (a switch is on when a column of its sex is).
   */
  addRows(lp: LpBuilder, warm: number[]): void {
    addLimitRows(lp, this.perBedNight, () => 1);
    addLimitRows(lp, this.perPersonNight, () => 1);
    addLimitRows(lp, this.perWardNight, (key) => this.wardLimit(key));
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
