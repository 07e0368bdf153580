/**
 * The baseline: what a careful planner does by hand. Fixed stays first, then pinned stays, then rotation
 * series (each on one bed where it can be), then requests most urgent first; each at the earliest start in
 * its window, on the compatible free bed whose previous stay ended closest before.
 */
import type { Instance, Plan, Request, Series, Stay, Unplaced, UnplacedWhy } from '../formats.ts';
import { bedsWithTags, compile, type Model } from '../model/compile.ts';
import { Occupancy } from '../model/occupancy.ts';
import { unplacedReason, unplacedWhy } from '../model/reasons.ts';
import { occurrenceShapes, type OccurrenceShape } from '../model/series.ts';
import { staffingAround } from '../model/staffing.ts';

interface Placement {
  bed: number;
  start: number;
  end: number;
  key: number;
}

class FirstFit {
  readonly stays: Stay[] = [];
  readonly unplaced: Unplaced[] = [];
  private readonly occupancy: Occupancy;

  constructor(private readonly model: Model) {
    this.occupancy = new Occupancy(model);
    for (const f of model.instance.fixed) {
      const bed = model.bedIndex.get(f.bedId);
      if (bed === undefined) continue;
      this.occupancy.place(
        bed,
        model.days.of(f.start),
        model.days.of(f.end),
        this.occupancy.newKey(f.personId),
      );
    }
  }

  /** Among the beds free for [start, end), the one whose previous stay ended closest before start. */
  private closestFit(beds: readonly number[], start: number, end: number, key: number): number | null {
    let best: number | null = null;
    let bestDeparture = -Infinity;
    for (const bed of beds) {
      if (this.occupancy.obstacle(bed, start, end, key) !== null) continue;
      const departure = this.occupancy.previousDeparture(bed, start) ?? -Infinity;
      if (best === null || departure > bestDeparture) {
        best = bed;
        bestDeparture = departure;
      }
    }
    return best;
  }

  private commit(p: Placement): void {
    this.occupancy.place(p.bed, p.start, p.end, p.key);
  }

  placeRequest(request: Request): void {
    const { days } = this.model;
    const key = this.occupancy.newKey(request.personId);
    const pinnedBed =
      request.pin?.bedId === undefined ? undefined : this.model.bedIndex.get(request.pin.bedId);
    const beds = pinnedBed !== undefined ? [pinnedBed] : bedsWithTags(this.model, request.requiredTags);
    const first = request.pin?.start
      ? days.of(request.pin.start)
      : Math.max(days.of(request.earliestStart), 0);
    const last = request.pin?.start ? first : days.of(request.latestStart);
    for (let start = first; start <= last; start++) {
      const bed = this.closestFit(beds, start, start + request.nights, key);
      if (bed === null) continue;
      this.commit({ bed, start, end: start + request.nights, key });
      this.stays.push({
        requestId: request.id,
        bedId: this.bedId(bed),
        start: days.date(start),
        end: days.date(start + request.nights),
      });
      return;
    }
    this.unplaced.push({
      requestId: request.id,
      ...unplacedReason(this.requestReason(request, beds, first, last + request.nights)),
    });
  }

  private requestReason(request: Request, beds: number[], from: number, to: number): UnplacedWhy {
    return unplacedWhy({
      kind: request.kind,
      requiredTags: request.requiredTags,
      nights: request.nights,
      firstStart: request.earliestStart,
      lastStart: request.latestStart,
      compatibleBeds: beds.length,
      pinnedBed: request.pin?.bedId,
      pinnedStart: request.pin?.start,
      staffing: staffingAround(this.model, beds, from, to),
    });
  }

  placeSeries(series: Series): void {
    const { days } = this.model;
    const until = days.of(series.until);
    const pins = new Map(series.pins.map((p) => [p.occurrence, p]));
    const pin0 = pins.get(0)?.start;
    const firstAnchor = pin0 ? days.of(pin0) : days.of(series.firstStart.earliest);
    const lastAnchor = pin0 ? firstAnchor : days.of(series.firstStart.latest);
    const tagged = bedsWithTags(this.model, series.requiredTags);
    for (let anchor = firstAnchor; anchor <= lastAnchor; anchor++) {
      const shapes = occurrenceShapes(series, anchor, until);
      const onOneBed = this.seriesOnOneBed(series, anchor, shapes, tagged);
      if (onOneBed) {
        onOneBed.forEach((p, k) => this.recordOccurrence(series, k, p));
        return;
      }
    }
    this.seriesBedByBed(series, firstAnchor, lastAnchor, tagged);
  }

  private candidateStarts(series: Series, anchor: number, shape: OccurrenceShape): number[] {
    const pinned = series.pins.find((p) => p.occurrence === shape.occurrence)?.start;
    if (pinned) return [this.model.days.of(pinned)];
    const pattern = anchor + shape.offset;
    if (shape.occurrence === 0) return [pattern];
    const starts = [pattern];
    for (let d = 1; d <= series.flexDays; d++) starts.push(pattern - d, pattern + d);
    return starts;
  }

  private bedsFor(series: Series, occurrence: number, tagged: number[]): number[] {
    const pinned = series.pins.find((p) => p.occurrence === occurrence)?.bedId;
    if (pinned === undefined) return tagged;
    const bed = this.model.bedIndex.get(pinned);
    return bed === undefined ? [] : [bed];
  }

  /** Every occurrence on one bed, or null; tries beds closest-fit first by occurrence 0. */
  private seriesOnOneBed(
    series: Series,
    anchor: number,
    shapes: OccurrenceShape[],
    tagged: number[],
  ): Placement[] | null {
    const ranked = tagged
      .map((bed) => ({ bed, departure: this.occupancy.previousDeparture(bed, anchor) ?? -Infinity }))
      .sort((a, b) => b.departure - a.departure || a.bed - b.bed);
    for (const { bed } of ranked) {
      const placed: Placement[] = [];
      for (const shape of shapes) {
        if (!this.bedsFor(series, shape.occurrence, [bed]).includes(bed)) break;
        const key = this.occupancy.newKey(series.personId);
        const start = this.candidateStarts(series, anchor, shape).find(
          (s) => this.occupancy.obstacle(bed, s, s + shape.nights, key) === null,
        );
        if (start === undefined) break;
        const p = { bed, start, end: start + shape.nights, key };
        this.commit(p);
        placed.push(p);
      }
      if (placed.length === shapes.length) return placed;
      for (const p of placed) this.occupancy.remove(p.bed, p.start, p.end, p.key);
    }
    return null;
  }

  /** Fallback: occurrence by occurrence, keeping the previous occurrence's bed when it is free. */
  private seriesBedByBed(series: Series, firstAnchor: number, lastAnchor: number, tagged: number[]): void {
    const until = this.model.days.of(series.until);
    let anchor = firstAnchor;
    let first: Placement | null = null;
    const shape0 = occurrenceShapes(series, firstAnchor, until)[0];
    for (let a = firstAnchor; shape0 && a <= lastAnchor && !first; a++) {
      const key = this.occupancy.newKey(series.personId);
      const bed = this.closestFit(this.bedsFor(series, 0, tagged), a, a + shape0.nights, key);
      if (bed !== null) {
        anchor = a;
        first = { bed, start: a, end: a + shape0.nights, key };
      }
    }
    let previousBed: number | null = null;
    for (const shape of occurrenceShapes(series, anchor, until)) {
      let placement: Placement | null = shape.occurrence === 0 ? first : null;
      if (shape.occurrence > 0) {
        const key = this.occupancy.newKey(series.personId);
        const beds = this.bedsFor(series, shape.occurrence, tagged);
        const preferred: number[] = previousBed !== null && beds.includes(previousBed) ? [previousBed] : [];
        for (const start of this.candidateStarts(series, anchor, shape)) {
          const bed: number | null =
            this.closestFit(preferred, start, start + shape.nights, key) ??
            this.closestFit(beds, start, start + shape.nights, key);
          if (bed !== null) {
            placement = { bed, start, end: start + shape.nights, key };
            break;
          }
        }
      }
      if (placement) {
        this.commit(placement);
        this.recordOccurrence(series, shape.occurrence, placement);
        previousBed = placement.bed;
      } else {
        this.unplaced.push({
          seriesId: series.id,
          occurrence: shape.occurrence,
          ...unplacedReason(this.occurrenceReason(series, anchor, shape, tagged)),
        });
      }
    }
  }

  private occurrenceReason(
    series: Series,
    anchor: number,
    shape: OccurrenceShape,
    tagged: number[],
  ): UnplacedWhy {
    const starts = this.candidateStarts(series, anchor, shape);
    const pin = series.pins.find((p) => p.occurrence === shape.occurrence);
    const first = Math.min(...starts);
    const last = Math.max(...starts);
    return unplacedWhy({
      kind: series.kind,
      requiredTags: series.requiredTags,
      nights: shape.nights,
      firstStart: this.model.days.date(first),
      lastStart: this.model.days.date(last),
      compatibleBeds: tagged.length,
      staffing: staffingAround(
        this.model,
        this.bedsFor(series, shape.occurrence, tagged),
        first,
        last + shape.nights,
      ),
      pinnedBed: pin?.bedId,
      pinnedStart: pin?.start,
      occurrence: shape.occurrence,
    });
  }

  private recordOccurrence(series: Series, occurrence: number, p: Placement): void {
    const { days } = this.model;
    this.stays.push({
      seriesId: series.id,
      occurrence,
      bedId: this.bedId(p.bed),
      start: days.date(p.start),
      end: days.date(p.end),
    });
  }

  private bedId(bed: number): string {
    return (this.model.beds[bed] as { id: string }).id;
  }
}

const urgency = (a: Request, b: Request) =>
  a.priority - b.priority ||
  (a.source === b.source ? 0 : a.source === 'hospital' ? -1 : 1) ||
  a.earliestStart.localeCompare(b.earliestStart) ||
  a.id.localeCompare(b.id);

const isPinned = (r: Request) =>
  r.pin !== undefined && (r.pin.bedId !== undefined || r.pin.start !== undefined);

export function firstFit(instance: Instance): Plan {
  const planner = new FirstFit(compile(instance));
  const pinned = instance.requests.filter(isPinned);
  const rest = instance.requests.filter((r) => !isPinned(r)).sort(urgency);
  for (const request of [...pinned].sort(urgency)) planner.placeRequest(request);
  for (const series of instance.series) planner.placeSeries(series);
  for (const request of rest) planner.placeRequest(request);
  return { version: 1, stays: planner.stays, unplaced: planner.unplaced, metrics: { solver: 'firstfit' } };
}
