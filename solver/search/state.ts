import {
  idlePenalty,
  preferencePenalty,
  seriesBedChangePenalty,
  seriesCentreChangePenalty,
  unplacedPenalty,
  waitingPenalty,
} from '../objective/constraints.ts';
import { SERIES_PRIORITY, type Weights } from '../objective/weights.ts';
import type { Series } from '../formats.ts';
import type { BedInfo, Model } from '../model/compile.ts';
import { Occupancy, type Obstacle } from '../model/occupancy.ts';
import { occurrenceShapes } from '../model/series.ts';
import type { Item } from './items.ts';
import { readersAnchor } from './readersAnchor.ts';

const NONE = -1;
const FIXED = -2;

/**
 * A plan under construction: where each item is (bed and start, or unplaced), who is in which bed each
 * night, and the objective kept up to date on every change. Every placement passes the hard-rule checks.
 */
export class State {
  readonly items: Item[] = [];
  readonly bedOf: number[] = [];
  readonly startOf: number[] = [];
  readonly occupancy: Occupancy;
  /** The whole objective: lower is better. */
  score: number;
  private readonly keyOf: number[] = [];
  private readonly itemOfKey: number[] = [];
  private readonly seriesItems = new Map<string, number[]>();
  private readonly seriesCost = new Map<string, number>();
  private readonly seriesReadFromPlan = new Map<string, Series>();

  constructor(
    readonly model: Model,
    readonly weights: Weights,
  ) {
    this.occupancy = new Occupancy(model);
    for (const f of model.instance.fixed) {
      const bed = model.bedIndex.get(f.bedId);
      if (bed === undefined) continue;
      const key = this.occupancy.newKey(f.personId);
      this.itemOfKey[key] = FIXED;
      this.occupancy.place(bed, model.days.of(f.start), model.days.of(f.end), key);
    }
    this.score = idlePenalty(weights, this.idleBeforePlacing());
  }

  private idleBeforePlacing(): number {
    let idle = 0;
    for (const bed of this.model.beds) {
      for (let night = 0; night < this.model.horizonNights; night++) {
        if (this.occupancy.isFree(bed.index, night)) idle++;
      }
    }
    return idle;
  }

  addItem(item: Item): void {
    this.items.push(item);
    this.bedOf.push(NONE);
    this.startOf.push(NONE);
    const key = this.occupancy.newKey(item.personId);
    this.keyOf.push(key);
    this.itemOfKey[key] = item.index;
    this.score += unplacedPenalty(this.weights, item);
    if (item.seriesId !== undefined) {
      const group = this.seriesItems.get(item.seriesId) ?? [];
      group.push(item.index);
      this.seriesItems.set(item.seriesId, group);
    }
  }

  /** Forgets the unplaced items from index `first` on (trial items of a series anchor). */
  dropItemsFrom(first: number): void {
    while (this.items.length > first) {
      const item = this.items.pop() as Item;
      if (this.isPlaced(item.index)) throw new Error(`cannot drop placed item ${item.label}`);
      this.bedOf.pop();
      this.startOf.pop();
      this.keyOf.pop();
      this.score -= unplacedPenalty(this.weights, item);
      if (item.seriesId !== undefined) this.seriesItems.get(item.seriesId)?.pop();
    }
  }

  isPlaced(i: number): boolean {
    return this.bedOf[i] !== NONE;
  }

  obstacle(i: number, bed: number, start: number): Obstacle | null {
    const item = this.items[i] as Item;
    return this.occupancy.obstacle(bed, start, start + item.nights, this.keyOf[i] as number);
  }

  /** What placing item i on (bed, start) adds to the objective, series changes left out. */
  placementCost(i: number, bed: number, start: number): number {
    const item = this.items[i] as Item;
    const w = this.weights;
    return (
      -unplacedPenalty(w, item) -
      idlePenalty(w, this.nightsInHorizon(start, item.nights)) +
      waitingPenalty(w, item, start - item.waitFrom) +
      preferencePenalty(w, item, this.bedInfo(bed).centreId)
    );
  }

  place(i: number, bed: number, start: number): void {
    const item = this.items[i] as Item;
    this.occupancy.place(bed, start, start + item.nights, this.keyOf[i] as number);
    this.bedOf[i] = bed;
    this.startOf[i] = start;
    this.score += this.placementCost(i, bed, start);
    if (item.seriesId !== undefined) this.rescoreSeries(item.seriesId);
  }

  unplace(i: number): void {
    const item = this.items[i] as Item;
    const bed = this.bedOf[i] as number;
    const start = this.startOf[i] as number;
    this.occupancy.remove(bed, start, start + item.nights, this.keyOf[i] as number);
    this.score -= this.placementCost(i, bed, start);
    this.bedOf[i] = NONE;
    this.startOf[i] = NONE;
    if (item.seriesId !== undefined) this.rescoreSeries(item.seriesId);
  }

  /** The items on a bed during [from, to); -2 stands for a fixed stay, which nothing may move. */
  itemsOn(bed: number, from: number, to: number): number[] {
    return this.occupancy.keysIn(bed, from, to).map((key) => this.itemOfKey[key] ?? FIXED);
  }

  /** The item on the bed that night: -1 when free, -2 for a fixed stay. */
  itemAt(bed: number, night: number): number {
    const key = this.occupancy.keyAt(bed, night);
    if (key < 0) return NONE;
    return this.itemOfKey[key] ?? -2;
  }

  bedInfo(bed: number): BedInfo {
    return this.model.beds[bed] as BedInfo;
  }

  nightsInHorizon(start: number, nights: number): number {
    return Math.max(0, Math.min(start + nights, this.model.horizonNights) - Math.max(start, 0));
  }

  seriesGroup(seriesId: string): readonly number[] {
    return this.seriesItems.get(seriesId) ?? [];
  }

  /**
   * From now on the series is scored as a reader of the plan counts its occurrences: with occurrence 0
   * unplaced the plan is read from the earliest anchor that agrees with the placed occurrences, which can
   * have occurrences the series has no item for (written as unplaced, "planned from a later first start").
   */
  scoreSeriesAsPlanned(series: Series): void {
    this.seriesReadFromPlan.set(series.id, series);
    this.rescoreSeries(series.id);
  }

  /** Unplaced nights the plan's reading of the series adds to its items' (or takes away), as a penalty. */
  private occurrencesOnlyInPlan(seriesId: string): number {
    const series = this.seriesReadFromPlan.get(seriesId);
    if (!series) return 0;
    const group = this.seriesGroup(seriesId).map((i) => this.items[i] as Item);
    const placed = group
      .filter((item) => this.isPlaced(item.index))
      .map((item) => ({ occurrence: item.occurrence as number, start: this.startOf[item.index] as number }));
    const anchor = readersAnchor(this.model, series, placed);
    const shapes = occurrenceShapes(series, anchor, this.model.days.of(series.until));
    const penalty = (nights: number) =>
      unplacedPenalty(this.weights, { ...series, nights, priority: SERIES_PRIORITY, source: 'series' });
    let cost = 0;
    for (const shape of shapes) {
      if (!group.some((item) => item.occurrence === shape.occurrence)) cost += penalty(shape.nights);
    }
    for (const item of group) {
      const read = shapes.some((shape) => shape.occurrence === item.occurrence);
      if (!read && !this.isPlaced(item.index)) cost -= unplacedPenalty(this.weights, item);
    }
    return cost;
  }

  private rescoreSeries(seriesId: string): void {
    let cost = 0;
    let previous: BedInfo | null = null;
    for (const i of this.seriesGroup(seriesId)) {
      if (!this.isPlaced(i)) continue;
      const current = this.bedInfo(this.bedOf[i] as number);
      if (previous) {
        cost += seriesBedChangePenalty(this.weights, previous.id, current.id);
        cost += seriesCentreChangePenalty(this.weights, previous.centreId, current.centreId);
      }
      previous = current;
    }
    cost += this.occurrencesOnlyInPlan(seriesId);
    this.score += cost - (this.seriesCost.get(seriesId) ?? 0);
    this.seriesCost.set(seriesId, cost);
  }

  /** Where every item is, to restore the best plan later. */
  snapshot(): { bedOf: number[]; startOf: number[]; score: number } {
    return { bedOf: [...this.bedOf], startOf: [...this.startOf], score: this.score };
  }

  restore(snapshot: { bedOf: number[]; startOf: number[] }): void {
    for (let i = 0; i < this.items.length; i++) if (this.isPlaced(i)) this.unplace(i);
    for (let i = 0; i < this.items.length; i++) {
      const bed = snapshot.bedOf[i] as number;
      if (bed !== NONE) this.place(i, bed, snapshot.startOf[i] as number);
    }
  }
}
