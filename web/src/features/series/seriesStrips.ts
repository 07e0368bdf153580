import type { Calendar, CalendarStay } from '../../api/calendar.ts';
import type { InstanceSeries, SavedSeries } from '../../api/series.ts';
import { plannedStrip } from './seriesBody.ts';
import type { StripStay } from './SeriesStrip.tsx';

/** The stays of each series the plan places in view, with the person's label, by series id. */
export type PlacedSeries = ReadonlyMap<string, { label: string; stays: StripStay[] }>;

export function placedSeries(calendar: Calendar): PlacedSeries {
  const bySeries = new Map<string, { label: string; stays: StripStay[] }>();
  for (const s of calendar.stays) {
    if (!('seriesId' in s.ref)) continue;
    const entry = bySeries.get(s.ref.seriesId) ?? { label: s.label, stays: [] };
    entry.stays.push({ start: s.start, end: s.end, bedId: s.bedId });
    bySeries.set(s.ref.seriesId, entry);
  }
  return bySeries;
}

/** A person as the planner knows them: "label (id)" where the plan shows a label, else the id. */
export function personLabels(series: readonly SavedSeries[], placed: PlacedSeries): (id: string) => string {
  const labels = new Map<string, string>();
  for (const s of series) {
    const label = placed.get(s.id)?.label;
    if (label) labels.set(s.personId, label);
  }
  return (id: string) => {
    const label = labels.get(id);
    return label && label !== id ? `${label} (${id})` : id;
  };
}

export interface Strip {
  id: string;
  title: string;
  stays: StripStay[];
}

/**
 * A strip per series (of one person, or of all when `personId` is ''): its stays in the plan, else its
 * pattern; before the instance's series are loaded, the series the plan places.
 */
export function seriesStrips(
  instance: InstanceSeries | null,
  placed: PlacedSeries,
  personId: string,
  labelOf: (id: string) => string,
  until: string,
): Strip[] {
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id, 'nb', { numeric: true });
  if (!instance)
    return [...placed].map(([id, s]) => ({ id, title: `${s.label} (${id})`, stays: s.stays })).sort(byId);
  return instance.series
    .filter((s) => personId === '' || s.personId === personId)
    .map((s) => {
      const inPlan = placed.get(s.id);
      return inPlan
        ? { id: s.id, title: `${labelOf(s.personId)}: ${s.id}`, stays: inPlan.stays }
        : {
            id: s.id,
            title: `${labelOf(s.personId)}: ${s.id} (mønster, ikke plassert i visningen)`,
            stays: plannedStrip(s, until),
          };
    })
    .sort(byId);
}

/** The pinned stays of the series the plan does not place in view, as calendar stays (for the bed preview). */
export function pinnedStays(
  series: readonly SavedSeries[],
  placed: PlacedSeries,
  calendar: Calendar,
): CalendarStay[] {
  return series
    .filter((s) => !placed.has(s.id))
    .flatMap((s) =>
      plannedStrip(s, calendar.horizon.end).flatMap((stay, occurrence) =>
        stay.bedId === null
          ? []
          : [
              {
                key: `saved:${s.id}:${occurrence}`,
                ref: { seriesId: s.id, occurrence },
                bedId: stay.bedId,
                start: stay.start,
                end: stay.end,
                kind: s.kind,
                label: s.personId,
                pinned: true,
                fixed: false,
              },
            ],
      ),
    );
}
