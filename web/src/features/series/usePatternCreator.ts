import { useMemo, useState } from 'react';
import type { Calendar } from '../../api/calendar.ts';
import { createSeries, type InstanceSeries, type SavedSeries } from '../../api/series.ts';
import { seriesRefusal } from '../../lib/bokmal/errors.ts';
import { addDays } from '../../lib/isoDates.ts';
import type { Notify } from '../../lib/notice.ts';
import { expandPattern, patternPhases, type Occurrence, type PatternName } from './patterns.ts';
import { nextSeriesId, seriesBody } from './seriesBody.ts';
import { pinnedStays, type PlacedSeries } from './seriesStrips.ts';
import { suggestBed } from './suggestBed.ts';

/** What the planner fills in: the pattern, the window of the first stay and the bed's tags. */
export interface PatternFields {
  pattern: PatternName;
  inWeeks: number;
  homeWeeks: number;
  earliest: string;
  latest: string;
  tags: string;
}

export interface PatternPreview {
  occurrences: Occurrence[];
  /** The bed that holds every occurrence, or null when none does. */
  bedId: string | null;
}

export interface PatternCreatorInput {
  calendar: Calendar;
  instance: InstanceSeries | null;
  placed: PlacedSeries;
  personId: string;
  notify: Notify;
  clear: () => void;
  onSaved: (series: SavedSeries) => void;
}

/** A new series from a pattern: its occurrences and the one bed that holds them, and saving it. */
export function usePatternCreator(input: PatternCreatorInput) {
  const { calendar, instance, placed, personId, notify, clear, onSaved } = input;
  const [fields, setFields] = useState<PatternFields>(() => ({
    pattern: '3-6',
    inWeeks: 2,
    homeWeeks: 4,
    earliest: calendar.horizon.start,
    latest: calendar.horizon.start,
    tags: 'rullering',
  }));
  const [customId, setCustomId] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const { pattern, inWeeks, homeWeeks, earliest, latest, tags } = fields;
  const requiredTags = useMemo(() => tags.split(/[\s,]+/).filter(Boolean), [tags]);
  const phases = useMemo(() => patternPhases(pattern, { inWeeks, homeWeeks }), [pattern, inWeeks, homeWeeks]);
  const seriesId =
    customId ??
    (personId
      ? nextSeriesId(
          personId,
          (instance?.series ?? []).map((s) => s.id),
        )
      : '');

  /** The calendar with the pinned stays of saved series the plan has not placed yet: their beds are taken. */
  const withSaved = useMemo(
    () => ({
      ...calendar,
      stays: [...calendar.stays, ...pinnedStays(instance?.series ?? [], placed, calendar)],
    }),
    [calendar, instance, placed],
  );

  const preview = useMemo((): PatternPreview => {
    // Every start of the window is tried; the first that one bed can hold wins.
    for (let start = earliest; start <= latest; start = addDays(start, 1)) {
      const occurrences = expandPattern(phases, start, calendar.horizon.end);
      const bedId = suggestBed(withSaved, occurrences, requiredTags);
      if (bedId || start === latest) return { occurrences, bedId };
    }
    return { occurrences: [], bedId: null };
  }, [phases, earliest, latest, requiredTags, withSaved, calendar.horizon.end]);

  const save = async () => {
    clear();
    setSaving(true);
    try {
      const body = seriesBody({
        id: seriesId,
        personId,
        phases,
        window: { earliest, latest },
        until: calendar.horizon.end,
        requiredTags,
        occurrences: preview.occurrences,
        bedId: preview.bedId,
      });
      const saved = await createSeries(calendar.instanceId, body);
      onSaved(saved);
      setCustomId(null);
      const count = preview.occurrences.length;
      notify(
        `Serien ${saved.id} er lagret med ${count} opphold${preview.bedId ? ` i seng ${preview.bedId}` : ''}.`,
      );
    } catch (error) {
      notify(seriesRefusal(error), true);
    } finally {
      setSaving(false);
    }
  };

  return {
    fields,
    change: (patch: Partial<PatternFields>) => setFields((current) => ({ ...current, ...patch })),
    seriesId,
    setSeriesId: setCustomId,
    preview,
    canSave: instance !== null && personId !== '' && seriesId !== '' && preview.occurrences.length > 0,
    saving,
    save,
  };
}

export type PatternCreator = ReturnType<typeof usePatternCreator>;
