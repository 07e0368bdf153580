import type { Bed, Centre, Ward } from '../../../../solver/formats.ts';
import type { ParsedRows } from '../columns.ts';
import { Locations } from '../locations.ts';
import { gatherDrafts, type Stated } from './drafts.ts';
import type { BedRow } from './row.ts';

/** The bed tree a bed CSV describes, and where each part of it stands in the file. */
export interface BuiltTree {
  centres: Centre[];
  locations: Locations;
}

/**
 * Builds centres, wards, rooms and beds from bed rows in file order. A column the file lacks keeps the
 * stored value of that centre, ward or bed (`current`); a column it has sets it, an empty cell meaning none.
 */
export function buildBedTree(parsed: ParsedRows<BedRow>, current: readonly Centre[]): BuiltTree {
  const { headerOf, hasColumn } = parsed;

  const stored = storedParts(current);
  const locations = new Locations();
  const at = (path: PropertyKey[], line: number, key: string) =>
    locations.set(path, { line, column: headerOf(key) });

  const built = gatherDrafts(parsed).map((c, ci): Centre => {
    at(['centres', ci], c.line, 'centre');
    at(['centres', ci, 'name'], c.name?.line ?? c.line, 'centreName');
    return {
      id: c.id,
      name: c.name?.value ?? (hasColumn('centreName') ? '' : (stored.centres.get(c.id)?.name ?? '')),
      wards: [...c.wards.values()].map((w, wi): Ward => {
        const wardPath = ['centres', ci, 'wards', wi];
        at(wardPath, w.line, 'ward');
        at([...wardPath, 'name'], w.name?.line ?? w.line, 'wardName');
        at([...wardPath, 'tags'], w.tags?.line ?? w.line, 'wardTags');
        at([...wardPath, 'closures'], w.closures?.line ?? w.line, 'closures');
        at([...wardPath, 'capacity'], w.capacity?.line ?? w.line, 'capacity');
        const old = stored.wards.get(w.id);
        const keep = <K extends 'name' | 'tags' | 'closures'>(
          key: K,
          stated: Stated<Ward[K]> | undefined,
          none: Ward[K],
          column: string,
        ) => stated?.value ?? (hasColumn(column) ? none : (old?.[key] ?? none));
        return {
          id: w.id,
          name: keep('name', w.name, '', 'wardName'),
          tags: keep('tags', w.tags, [], 'wardTags'),
          closures: keep('closures', w.closures, [], 'closures'),
          ...staffing(w.capacity?.value ?? (hasColumn('capacity') ? [] : (old?.capacity ?? []))),
          rooms: [...w.rooms.values()].map((r, ri) => {
            const roomPath = [...wardPath, 'rooms', ri];
            at(roomPath, r.line, 'room');
            return {
              id: r.id,
              beds: r.beds.map(({ row, line }, bi): Bed => {
                const bedPath = [...roomPath, 'beds', bi];
                at(bedPath, line, 'bed');
                at([...bedPath, 'tags'], line, 'tags');
                at([...bedPath, 'outOfService'], line, 'outOfService');
                const oldBed = stored.beds.get(row.bed);
                return {
                  id: row.bed,
                  tags: hasColumn('tags') ? row.tags : (oldBed?.tags ?? []),
                  outOfService: hasColumn('outOfService')
                    ? (row.outOfService ?? [])
                    : (oldBed?.outOfService ?? []),
                };
              }),
            };
          }),
        };
      }),
    };
  });
  return { centres: built, locations };
}

/** A ward's capacity periods as the format writes them: left out when there are none. */
const staffing = (capacity: NonNullable<Ward['capacity']>) => (capacity.length > 0 ? { capacity } : {});

function storedParts(current: readonly Centre[]) {
  const wards = current.flatMap((c) => c.wards);
  return {
    centres: new Map(current.map((c) => [c.id, c])),
    wards: new Map(wards.map((w) => [w.id, w])),
    beds: new Map(wards.flatMap((w) => w.rooms.flatMap((r) => r.beds)).map((b) => [b.id, b])),
  };
}
