import type { Request, Series } from '../formats.ts';
import type { Demand } from '../objective/constraints.ts';
import { SERIES_PRIORITY } from '../objective/weights.ts';
import { bedsWithTags, type Model } from '../model/compile.ts';
import type { OccurrenceShape } from '../model/series.ts';

/** One stay to place: a request, or one occurrence of a series for the anchor the series was given. */
export interface Item extends Demand {
  index: number;
  /** R12, or S3#2 for occurrence 2 of series S3. */
  label: string;
  personId: string;
  requestId?: string;
  seriesId?: string;
  occurrence?: number;
  requiredTags: readonly string[];
  /** Beds it may use: the compatible ones, or only the pinned bed. */
  beds: readonly number[];
  /** Start window in nights, pins included. */
  earliest: number;
  latest: number;
  /** The night waiting is counted from. */
  waitFrom: number;
  pinned: boolean;
  pinnedBed?: string;
  pinnedStart?: string;
}

function allowedBeds(model: Model, tags: readonly string[], pinnedBedId: string | undefined): number[] {
  const tagged = bedsWithTags(model, tags);
  if (pinnedBedId === undefined) return tagged;
  const pinned = model.bedIndex.get(pinnedBedId);
  return pinned !== undefined && tagged.includes(pinned) ? [pinned] : [];
}

export function requestItem(model: Model, request: Request, index: number): Item {
  const { days } = model;
  const pinStart = request.pin?.start === undefined ? undefined : days.of(request.pin.start);
  const earliest = pinStart ?? Math.max(days.of(request.earliestStart), 0);
  const latest = pinStart ?? days.of(request.latestStart);
  return {
    index,
    label: request.id,
    personId: request.personId,
    requestId: request.id,
    requiredTags: request.requiredTags,
    nights: request.nights,
    priority: request.priority,
    source: request.source,
    preferredCentres: request.preferredCentres,
    beds: allowedBeds(model, request.requiredTags, request.pin?.bedId),
    earliest,
    latest,
    waitFrom: days.of(request.earliestStart),
    pinned: request.pin?.bedId !== undefined || request.pin?.start !== undefined,
    ...(request.pin?.bedId !== undefined ? { pinnedBed: request.pin.bedId } : {}),
    ...(request.pin?.start !== undefined ? { pinnedStart: request.pin.start } : {}),
  };
}

/** Occurrence 0 starts on the anchor; later ones within flexDays of their pattern date. */
export function occurrenceItem(
  model: Model,
  series: Series,
  shape: OccurrenceShape,
  anchor: number,
  index: number,
): Item {
  const pin = series.pins.find((p) => p.occurrence === shape.occurrence);
  const pattern = anchor + shape.offset;
  const flex = shape.occurrence === 0 ? 0 : series.flexDays;
  const pinStart = pin?.start === undefined ? undefined : model.days.of(pin.start);
  return {
    index,
    label: `${series.id}#${shape.occurrence}`,
    personId: series.personId,
    seriesId: series.id,
    occurrence: shape.occurrence,
    requiredTags: series.requiredTags,
    nights: shape.nights,
    priority: SERIES_PRIORITY,
    source: 'series',
    preferredCentres: series.preferredCentres,
    beds: allowedBeds(model, series.requiredTags, pin?.bedId),
    earliest: pinStart ?? Math.max(pattern - flex, 0),
    // A pinned start outside this anchor's pattern window leaves no start at all (the item stays unplaced).
    latest:
      pinStart === undefined
        ? pattern + flex
        : Math.abs(pinStart - pattern) <= flex
          ? pinStart
          : pinStart - 1,
    waitFrom: pattern,
    pinned: pin !== undefined && (pin.bedId !== undefined || pin.start !== undefined),
    ...(pin?.bedId !== undefined ? { pinnedBed: pin.bedId } : {}),
    ...(pin?.start !== undefined ? { pinnedStart: pin.start } : {}),
  };
}
