import type { Instance, Ward } from '../formats.ts';
import { bedCount, findWard, wardsOfKind } from './tree.ts';

/** The ward closes for the nights [start, end). Returns a copy; the input is untouched. */
export function closeWard(instance: Instance, wardId: string, start: string, end: string): Instance {
  const copy = structuredClone(instance);
  findWard(copy, wardId).closures.push({ start, end });
  return copy;
}

/** At most `beds` of the ward's beds are occupied each night of [start, end). Returns a copy. */
export function capStaffing(
  instance: Instance,
  wardId: string,
  period: { start: string; end: string; beds: number },
): Instance {
  const copy = structuredClone(instance);
  const ward = findWard(copy, wardId);
  if (period.beds >= bedCount(ward))
    throw new Error(`a staffing cap on ${wardId} must be below its ${bedCount(ward)} beds`);
  ward.capacity = [...(ward.capacity ?? []), { ...period }];
  return copy;
}

/**
 * `beds` acute beds kept free for same-day arrivals: spread one by one round the wards whose tags are
 * exactly `wardTags`, each ward staffed for its beds less its share over the whole horizon, so the
 * planned ØHD stays leave that many beds empty every night. Returns a copy.
 */
export function keepOhdFree(instance: Instance, beds: number, wardTags: readonly string[]): Instance {
  const copy = structuredClone(instance);
  const wards = wardsOfKind(copy, wardTags);
  const total = wards.reduce((n, w) => n + bedCount(w), 0);
  if (beds > total) throw new Error(`only ${total} beds in wards [${wardTags}] can be kept free`);
  const kept = wards.map(() => 0);
  for (let i = 0, placed = 0; placed < beds; i = (i + 1) % wards.length) {
    if ((kept[i] as number) < bedCount(wards[i] as Ward)) {
      kept[i] = (kept[i] as number) + 1;
      placed++;
    }
  }
  wards.forEach((ward, i) => {
    const free = kept[i] as number;
    if (free === 0) return;
    ward.capacity = [
      ...(ward.capacity ?? []),
      { start: copy.horizon.start, end: copy.horizon.end, beds: bedCount(ward) - free },
    ];
  });
  return copy;
}
