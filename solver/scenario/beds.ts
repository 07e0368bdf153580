import type { Instance, Ward } from '../formats.ts';
import { bedCount, wardsOfKind } from './tree.ts';

export interface BedsResult {
  instance: Instance;
  /** Ids of the beds added, or removed. */
  added: string[];
  removed: string[];
}

/** Beds a fixed stay or a pin names: removing them would change a stay already decided. */
function bedsInUse(instance: Instance): Set<string> {
  const used = new Set(instance.fixed.map((f) => f.bedId));
  for (const r of instance.requests) if (r.pin?.bedId !== undefined) used.add(r.pin.bedId);
  for (const s of instance.series) for (const p of s.pins) if (p.bedId !== undefined) used.add(p.bedId);
  return used;
}

/** A new single room with one bed, named after the ward: C1-W2-N1 with bed C1-W2-N1-B1, then -N2, ... */
function addBed(ward: Ward, taken: Set<string>): string {
  let n = 1;
  while (taken.has(`${ward.id}-N${n}`) || taken.has(`${ward.id}-N${n}-B1`)) n++;
  const roomId = `${ward.id}-N${n}`;
  const bedId = `${roomId}-B1`;
  ward.rooms.push({ id: roomId, beds: [{ id: bedId, tags: [], outOfService: [] }] });
  taken.add(roomId);
  taken.add(bedId);
  return bedId;
}

/** Removes the ward's last bed no fixed stay or pin names (an emptied room goes too), or null. */
function removeBed(ward: Ward, inUse: Set<string>): string | null {
  for (let r = ward.rooms.length - 1; r >= 0; r--) {
    const room = ward.rooms[r] as Ward['rooms'][number];
    for (let b = room.beds.length - 1; b >= 0; b--) {
      const bed = room.beds[b] as Ward['rooms'][number]['beds'][number];
      if (inUse.has(bed.id)) continue;
      room.beds.splice(b, 1);
      if (room.beds.length === 0) ward.rooms.splice(r, 1);
      return bed.id;
    }
  }
  return null;
}

/**
 * Adds (change > 0) or removes (change < 0) beds in the wards whose tags are exactly `wardTags`, one ward
 * after the other in turn. A staffing cap no longer below the ward's beds is dropped (it binds no more).
 * Returns a copy; the input is untouched.
 */
export function changeBeds(instance: Instance, wardTags: readonly string[], change: number): BedsResult {
  const copy = structuredClone(instance);
  const wards = wardsOfKind(copy, wardTags);
  if (wards.length === 0 && change !== 0) throw new Error(`no ward has exactly the tags [${wardTags}]`);
  const taken = new Set(
    copy.centres.flatMap((c) =>
      c.wards.flatMap((w) => w.rooms.flatMap((r) => [r.id, ...r.beds.map((b) => b.id)])),
    ),
  );
  const inUse = bedsInUse(copy);
  const added: string[] = [];
  const removed: string[] = [];
  for (let turn = 0, failures = 0; added.length + removed.length < Math.abs(change); turn++) {
    const ward = wards[turn % wards.length] as Ward;
    if (change > 0) {
      added.push(addBed(ward, taken));
      continue;
    }
    const bedId = removeBed(ward, inUse);
    if (bedId === null) {
      if (++failures >= wards.length)
        throw new Error(
          `only ${removed.length} beds of [${wardTags}] can go: the rest hold fixed stays or pins`,
        );
      continue;
    }
    failures = 0;
    removed.push(bedId);
  }
  for (const ward of wards) {
    if (ward.capacity === undefined) continue;
    ward.capacity = ward.capacity.filter((cap) => cap.beds < bedCount(ward));
  }
  return { instance: copy, added, removed };
}
