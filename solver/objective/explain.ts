import type { Instance, Plan, Stay } from '../formats.ts';
import { isSeriesStay } from '../formats.ts';
import { compile, type Model } from '../model/compile.ts';
import { occurrenceShapes } from '../model/series.ts';
import {
  constraintTable,
  idlePenalty,
  preferencePenalty,
  seriesBedChangePenalty,
  seriesCentreChangePenalty,
  transferPenalty,
  unplacedPenalty,
  waitingPenalty,
  type Demand,
  type SoftConstraintName,
} from './constraints.ts';
import { SERIES_PRIORITY, weightsSchema, type Weights } from './weights.ts';

export interface ConstraintScore {
  name: SoftConstraintName;
  level: 'soft';
  count: number;
  penalty: number;
}

export interface StayScore {
  ref: string;
  penalties: Partial<Record<SoftConstraintName, number>>;
  total: number;
}

export interface Explanation {
  total: number;
  constraints: ConstraintScore[];
  /** Every request and occurrence with a penalty, the largest first. */
  stays: StayScore[];
}

type Segments = Map<string, Stay[]>;

function refOf(stay: Stay): string {
  return isSeriesStay(stay) ? `${stay.seriesId}#${stay.occurrence}` : stay.requestId;
}

function groupSegments(plan: Plan): Segments {
  const groups: Segments = new Map();
  for (const stay of plan.stays) {
    const list = groups.get(refOf(stay)) ?? [];
    list.push(stay);
    groups.set(refOf(stay), list);
  }
  for (const list of groups.values()) list.sort((a, b) => a.start.localeCompare(b.start));
  return groups;
}

function idleBedNights(model: Model, plan: Plan): number {
  const occupied = model.beds.map(() => new Uint8Array(model.horizonNights));
  const mark = (bedId: string, start: string, end: string) => {
    const bed = model.bedIndex.get(bedId);
    if (bed === undefined) return;
    const from = Math.max(model.days.of(start), 0);
    const to = Math.min(model.days.of(end), model.horizonNights);
    if (from < to) (occupied[bed] as Uint8Array).fill(1, from, to);
  };
  for (const f of model.instance.fixed) mark(f.bedId, f.start, f.end);
  for (const s of plan.stays) mark(s.bedId, s.start, s.end);
  let idle = 0;
  occupied.forEach((row, b) => {
    const blocked = model.blocked[b] as Uint8Array;
    for (let night = 0; night < model.horizonNights; night++) {
      if (!blocked[night - model.spanStart] && !row[night]) idle++;
    }
  });
  return idle;
}

/** Breaks a plan's objective down by constraint and by stay, with the functions the search scores with. */
export function explain(instance: Instance, plan: Plan, weights: Partial<Weights> = {}): Explanation {
  const w = weightsSchema.parse(weights);
  const model = compile(instance);
  const segments = groupSegments(plan);
  const totals = new Map<SoftConstraintName, { count: number; penalty: number }>(
    constraintTable.map((c) => [c.name, { count: 0, penalty: 0 }]),
  );
  const perStay = new Map<string, StayScore>();
  const charge = (name: SoftConstraintName, ref: string | null, count: number, penalty: number) => {
    if (count === 0 && penalty === 0) return;
    const total = totals.get(name) as { count: number; penalty: number };
    total.count += count;
    total.penalty += penalty;
    if (ref === null) return;
    const stay = perStay.get(ref) ?? { ref, penalties: {}, total: 0 };
    stay.penalties[name] = (stay.penalties[name] ?? 0) + penalty;
    stay.total += penalty;
    perStay.set(ref, stay);
  };
  const centreOf = (bedId: string) => {
    const bed = model.bedIndex.get(bedId);
    return bed === undefined ? '' : model.centreOfBed(bed);
  };

  for (const request of instance.requests) {
    const demand: Demand = request;
    const stays = segments.get(request.id);
    const first = stays?.[0];
    if (!stays || !first) {
      charge('unplaced', request.id, request.nights, unplacedPenalty(w, demand));
      continue;
    }
    const wait = model.days.of(first.start) - model.days.of(request.earliestStart);
    charge(
      request.source === 'hospital' ? 'hospitalWaiting' : 'waiting',
      request.id,
      wait,
      waitingPenalty(w, demand, wait),
    );
    const miss = preferencePenalty(w, demand, centreOf(first.bedId));
    charge('preferenceMisses', request.id, miss > 0 ? 1 : 0, miss);
    const moves = stays.filter((s, k) => k > 0 && s.bedId !== stays[k - 1]?.bedId).length;
    charge('transfers', request.id, moves, transferPenalty(w, moves));
  }

  for (const series of instance.series) {
    const demand = (nights: number): Demand => ({
      ...series,
      nights,
      priority: SERIES_PRIORITY,
      source: 'series',
    });
    const shapes = occurrenceShapes(
      series,
      model.days.of(series.firstStart.earliest),
      model.days.of(series.until),
    );
    let previous: Stay | undefined;
    for (const entry of plan.unplaced) {
      if (!('seriesId' in entry) || entry.seriesId !== series.id) continue;
      const nights = shapes[entry.occurrence]?.nights ?? 0;
      charge('unplaced', `${series.id}#${entry.occurrence}`, nights, unplacedPenalty(w, demand(nights)));
    }
    for (let k = 0; k < shapes.length; k++) {
      const ref = `${series.id}#${k}`;
      const stays = segments.get(ref);
      const first = stays?.[0];
      if (!stays || !first) continue;
      const miss = preferencePenalty(w, demand(0), centreOf(first.bedId));
      charge('preferenceMisses', ref, miss > 0 ? 1 : 0, miss);
      const moves = stays.filter((s, j) => j > 0 && s.bedId !== stays[j - 1]?.bedId).length;
      charge('transfers', ref, moves, transferPenalty(w, moves));
      if (previous) {
        const bedChange = seriesBedChangePenalty(w, previous.bedId, first.bedId);
        charge('seriesBedChanges', ref, bedChange > 0 ? 1 : 0, bedChange);
        const centreChange = seriesCentreChangePenalty(w, centreOf(previous.bedId), centreOf(first.bedId));
        charge('seriesCentreChanges', ref, centreChange > 0 ? 1 : 0, centreChange);
      }
      previous = first;
    }
  }

  const idle = idleBedNights(model, plan);
  charge('idleBedNights', null, idle, idlePenalty(w, idle));

  const constraints = constraintTable.map((c) => ({
    name: c.name,
    level: c.level,
    ...(totals.get(c.name) as { count: number; penalty: number }),
  }));
  return {
    total: constraints.reduce((sum, c) => sum + c.penalty, 0),
    constraints,
    stays: [...perStay.values()].sort((a, b) => b.total - a.total || a.ref.localeCompare(b.ref)),
  };
}
