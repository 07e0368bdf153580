import type { Phase } from '../../../../solver/formats.ts';
import type { SavedSeries, SeriesBody } from '../../api/series.ts';
import { expandPattern, type Occurrence } from './patterns.ts';
import type { StripStay } from './SeriesStrip.tsx';

export interface SeriesDraft {
  id: string;
  personId: string;
  phases: Phase[];
  /** The window the first stay may start in, as the planner gave it. */
  window: { earliest: string; latest: string };
  until: string;
  requiredTags: string[];
  /** The occurrences of the preview and the bed that holds them all (null: none does). */
  occurrences: readonly Occurrence[];
  bedId: string | null;
}

/**
 * The v1 series to save from the pattern creator: when the preview found one bed for every occurrence, each
 * occurrence is pinned to that bed and its start, so the plan keeps what the planner saw.
 */
export function seriesBody(draft: SeriesDraft): SeriesBody {
  const { bedId } = draft;
  return {
    id: draft.id,
    personId: draft.personId,
    kind: 'rullering',
    phases: draft.phases,
    firstStart: draft.window,
    until: draft.until,
    flexDays: 0,
    requiredTags: draft.requiredTags,
    preferredCentres: [],
    pins:
      bedId === null
        ? []
        : draft.occurrences.map((o) => ({ occurrence: o.occurrence, bedId, start: o.start })),
  };
}

/** A series id for a person that no series has yet: `P7-S1`, `P7-S2`, ... */
export function nextSeriesId(personId: string, taken: Iterable<string>): string {
  const ids = new Set(taken);
  for (let n = 1; ; n++) if (!ids.has(`${personId}-S${n}`)) return `${personId}-S${n}`;
}

/**
 * The stays of a saved series as its pattern and pins put them, for a series the plan has not placed yet:
 * from the pinned start of occurrence 0 (else the earliest first start), each in its pinned bed if any.
 */
export function plannedStrip(series: SavedSeries, horizonEnd: string): StripStay[] {
  const pins = new Map(series.pins.map((p) => [p.occurrence, p]));
  const anchor = pins.get(0)?.start ?? series.firstStart.earliest;
  const until = series.until < horizonEnd ? series.until : horizonEnd;
  return expandPattern(series.phases, anchor, until).map((o) => ({
    start: o.start,
    end: o.end,
    bedId: pins.get(o.occurrence)?.bedId ?? null,
  }));
}
