/** Small readers over an instance for the generator tests. */
import { daysBetween } from '../../solver/dates.ts';
import type { Bed, Centre, Instance, Room, Ward } from '../../solver/formats.ts';
import { kindOfTags, type WardKind } from '../../solver/generator/index.ts';

export interface BedAt {
  centre: Centre;
  ward: Ward;
  room: Room;
  bed: Bed;
  kind: WardKind;
}

export function bedsOf(inst: Instance): BedAt[] {
  return inst.centres.flatMap((centre) =>
    centre.wards.flatMap((ward) =>
      ward.rooms.flatMap((room) =>
        room.beds.map((bed) => ({ centre, ward, room, bed, kind: kindOfTags(ward.tags) })),
      ),
    ),
  );
}

export function windowDays(r: { earliestStart: string; latestStart: string }): number {
  return daysBetween(r.earliestStart, r.latestStart);
}

/** Whether two runs of nights [start, end) share a night. */
export function overlap(a: { start: string; end: string }, b: { start: string; end: string }): boolean {
  return a.start < b.end && b.start < a.end;
}

export function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

export const NON_ACUTE = ['korttid', 'rehab', 'vurdering'] as const;

export function isNonAcute(r: { kind: string }): boolean {
  return (NON_ACUTE as readonly string[]).includes(r.kind);
}
