import type { DateRange, WardCapacity } from '../../../../solver/formats.ts';
import type { ParsedRows } from '../columns.ts';
import { CsvImportError, type CsvIssue } from '../issues.ts';
import type { BedRow } from './row.ts';

/** A value stated on some row of an entity whose cells repeat on several rows. */
export interface Stated<T> {
  line: number;
  value: T;
}

export interface RoomDraft {
  id: string;
  line: number;
  wardId: string;
  beds: { row: BedRow; line: number }[];
}

export interface WardDraft {
  id: string;
  line: number;
  centreId: string;
  name?: Stated<string>;
  tags?: Stated<string[]>;
  closures?: Stated<DateRange[]>;
  capacity?: Stated<WardCapacity[]>;
  rooms: Map<string, RoomDraft>;
}

export interface CentreDraft {
  id: string;
  line: number;
  name?: Stated<string>;
  wards: Map<string, WardDraft>;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Groups bed rows into centres, wards and rooms in file order. Ward and centre cells may be left empty on
 * all but one of their rows, but stated values must agree; a ward, room or bed belongs to one parent.
 */
export function gatherDrafts({ rows, headerOf }: ParsedRows<BedRow>): CentreDraft[] {
  const issues: CsvIssue[] = [];
  const centres = new Map<string, CentreDraft>();
  const wards = new Map<string, WardDraft>();
  const rooms = new Map<string, RoomDraft>();
  const beds = new Map<string, number>();

  const agree = <T>(
    slot: Stated<T> | undefined,
    value: T | undefined,
    line: number,
    key: string,
    what: string,
  ) => {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) return slot;
    if (!slot) return { line, value };
    if (!same(slot.value, value))
      issues.push({
        line,
        column: headerOf(key),
        message: `${what} er oppgitt annerledes på linje ${slot.line}`,
      });
    return slot;
  };
  const belongs = (line: number, key: string, what: string, owner: string, expected: string, at: number) => {
    if (owner === expected) return true;
    issues.push({ line, column: headerOf(key), message: `${what} hører til ${expected} på linje ${at}` });
    return false;
  };

  for (const { line, value: row } of rows) {
    const centre: CentreDraft = centres.get(row.centre) ?? { id: row.centre, line, wards: new Map() };
    centres.set(centre.id, centre);
    centre.name = agree(centre.name, row.centreName, line, 'centreName', `navnet på senter ${centre.id}`);

    const ward: WardDraft = wards.get(row.ward) ?? {
      id: row.ward,
      line,
      centreId: centre.id,
      rooms: new Map(),
    };
    if (!belongs(line, 'ward', `avdeling ${ward.id}`, centre.id, ward.centreId, ward.line)) continue;
    wards.set(ward.id, ward);
    centre.wards.set(ward.id, ward);
    ward.name = agree(ward.name, row.wardName, line, 'wardName', `navnet på avdeling ${ward.id}`);
    ward.tags = agree(ward.tags, row.wardTags, line, 'wardTags', `merkene til avdeling ${ward.id}`);
    ward.closures = agree(
      ward.closures,
      row.closures,
      line,
      'closures',
      `stengt-periodene til avdeling ${ward.id}`,
    );
    ward.capacity = agree(
      ward.capacity,
      row.capacity,
      line,
      'capacity',
      `bemanningen til avdeling ${ward.id}`,
    );

    const room: RoomDraft = rooms.get(row.room) ?? { id: row.room, line, wardId: ward.id, beds: [] };
    if (!belongs(line, 'room', `rom ${room.id}`, ward.id, room.wardId, room.line)) continue;
    rooms.set(room.id, room);
    ward.rooms.set(room.id, room);

    const earlier = beds.get(row.bed);
    if (earlier !== undefined) {
      issues.push({
        line,
        column: headerOf('bed'),
        message: `seng ${row.bed} står også på linje ${earlier}`,
      });
      continue;
    }
    beds.set(row.bed, line);
    room.beds.push({ row, line });
  }
  if (issues.length > 0) throw new CsvImportError(issues);
  return [...centres.values()];
}
