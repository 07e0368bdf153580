import type { DayIndex } from '../dates.ts';
import type { StaffingNote, Ward } from '../formats.ts';

/** A ward staffed for fewer beds than it has, for some periods. */
export interface CappedWard {
  wardId: string;
  periods: NonNullable<Ward['capacity']>;
  /** limit[night - spanStart]: the most beds occupied that night (the ward's bed count outside every period). */
  limit: Int32Array;
}

/** The ward's caps on the timeline [spanStart, spanEnd), or null when it has none. */
export function capWard(ward: Ward, days: DayIndex, spanStart: number, spanEnd: number): CappedWard | null {
  const periods = ward.capacity ?? [];
  if (periods.length === 0) return null;
  const bedCount = ward.rooms.reduce((n, r) => n + r.beds.length, 0);
  const limit = new Int32Array(spanEnd - spanStart).fill(bedCount);
  for (const p of periods) {
    const from = Math.max(days.of(p.start), spanStart);
    const to = Math.min(days.of(p.end), spanEnd);
    for (let night = from; night < to; night++)
      limit[night - spanStart] = Math.min(limit[night - spanStart] as number, p.beds);
  }
  return { wardId: ward.id, periods, limit };
}

/** The caps of the wards of `beds` that overlap nights [from, to), once per ward and period. */
export function staffingAround(
  model: { cappedWards: CappedWard[]; cappedWardOf: Int32Array; days: DayIndex },
  beds: readonly number[],
  from: number,
  to: number,
): StaffingNote[] {
  const wards = new Set<number>();
  for (const bed of beds)
    if ((model.cappedWardOf[bed] as number) >= 0) wards.add(model.cappedWardOf[bed] as number);
  const notes: StaffingNote[] = [];
  for (const w of [...wards].sort((a, b) => a - b)) {
    const ward = model.cappedWards[w] as CappedWard;
    for (const p of ward.periods)
      if (model.days.of(p.start) < to && from < model.days.of(p.end))
        notes.push({ wardId: ward.wardId, beds: p.beds, start: p.start, end: p.end });
  }
  return notes;
}
