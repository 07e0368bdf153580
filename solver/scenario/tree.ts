import type { Instance, Ward } from '../formats.ts';

export function bedCount(ward: Ward): number {
  return ward.rooms.reduce((n, room) => n + room.beds.length, 0);
}

/** The wards whose tags are exactly `tags` (a ward kind: ['korttid'], ['korttid', 'demens'], ...). */
export function wardsOfKind(instance: Instance, tags: readonly string[]): Ward[] {
  return instance.centres
    .flatMap((c) => c.wards)
    .filter((w) => w.tags.length === tags.length && tags.every((t) => w.tags.includes(t)));
}

export function findWard(instance: Instance, wardId: string): Ward {
  const ward = instance.centres.flatMap((c) => c.wards).find((w) => w.id === wardId);
  if (ward === undefined) throw new Error(`unknown ward ${wardId}`);
  return ward;
}
