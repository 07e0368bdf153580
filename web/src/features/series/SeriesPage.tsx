import { useEffect, useMemo, useState } from 'react';
import type { Calendar, CalendarStay } from '../../api/calendar.ts';
import { createSeries, getInstanceSeries, type InstanceSeries, type SavedSeries } from '../../api/series.ts';
import { NoticeArea } from '../../components/NoticeArea.tsx';
import { seriesRefusal } from '../../lib/bokmal/errors.ts';
import { addDays } from '../../lib/isoDates.ts';
import { formatStay, nightCount } from '../../lib/nights.ts';
import { useNotice } from '../../lib/notice.ts';
import { expandPattern, patternLabels, patternPhases, type PatternName } from './patterns.ts';
import { nextSeriesId, plannedStrip, seriesBody } from './seriesBody.ts';
import { SeriesStrip, type StripStay } from './SeriesStrip.tsx';
import { suggestBed } from './suggestBed.ts';

/** The pinned stays of the series the plan does not place in view, as calendar stays (for the bed preview). */
function pinnedStays(
  series: readonly SavedSeries[],
  placed: ReadonlyMap<string, unknown>,
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

/**
 * A person's rotation series as strips over the six months, and a pattern creator that previews every
 * occurrence and its bed and saves the series with those beds pinned.
 */
export function SeriesPage({ calendar }: { calendar: Calendar }) {
  const [instance, setInstance] = useState<InstanceSeries | null>(null);
  const [personId, setPersonId] = useState('');
  const { notice, notify, clear } = useNotice();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    let current = true;
    getInstanceSeries(calendar.instanceId).then(
      (loaded) => current && setInstance(loaded),
      () => current && notify('Kunne ikke hente personene og seriene.', true),
    );
    return () => {
      current = false;
    };
  }, [calendar.instanceId, notify]);

  /** The stays of each series the plan places in view, with the person's label. */
  const placed = useMemo(() => {
    const bySeries = new Map<string, { label: string; stays: StripStay[] }>();
    for (const s of calendar.stays) {
      if (!('seriesId' in s.ref)) continue;
      const entry = bySeries.get(s.ref.seriesId) ?? { label: s.label, stays: [] };
      entry.stays.push({ start: s.start, end: s.end, bedId: s.bedId });
      bySeries.set(s.ref.seriesId, entry);
    }
    return bySeries;
  }, [calendar]);

  const labelOf = useMemo(() => {
    const labels = new Map<string, string>();
    for (const s of instance?.series ?? []) {
      const label = placed.get(s.id)?.label;
      if (label) labels.set(s.personId, label);
    }
    return (id: string) => {
      const label = labels.get(id);
      return label && label !== id ? `${label} (${id})` : id;
    };
  }, [instance, placed]);

  const strips = useMemo(() => {
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
              stays: plannedStrip(s, calendar.horizon.end),
            };
      })
      .sort(byId);
  }, [instance, placed, personId, labelOf, calendar.horizon.end]);

  const [pattern, setPattern] = useState<PatternName>('3-6');
  const [inWeeks, setInWeeks] = useState(2);
  const [homeWeeks, setHomeWeeks] = useState(4);
  const [earliest, setEarliest] = useState(calendar.horizon.start);
  const [latest, setLatest] = useState(calendar.horizon.start);
  const [tags, setTags] = useState('rullering');
  const [customId, setCustomId] = useState<string | null>(null);
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

  const preview = useMemo(() => {
    // Every start of the window is tried; the first that one bed can hold wins.
    for (let start = earliest; start <= latest; start = addDays(start, 1)) {
      const occurrences = expandPattern(phases, start, calendar.horizon.end);
      const bedId = suggestBed(withSaved, occurrences, requiredTags);
      if (bedId || start === latest) return { occurrences, bedId };
    }
    return { occurrences: [], bedId: null };
  }, [phases, earliest, latest, requiredTags, withSaved, calendar.horizon.end]);

  const choosePerson = (id: string) => {
    setPersonId(id);
    setCustomId(null);
    clear();
  };

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
      setInstance((current) => current && { ...current, series: [...current.series, saved] });
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

  const canSave = instance !== null && personId !== '' && seriesId !== '' && preview.occurrences.length > 0;

  return (
    <section aria-labelledby="series-title">
      <h2 id="series-title">Rulleringsserier</h2>
      {instance && (
        <label>
          Person
          <select name="seriesPerson" value={personId} onChange={(e) => choosePerson(e.target.value)}>
            <option value="">Alle personer</option>
            {instance.people.map((p) => (
              <option key={p.id} value={p.id}>
                {labelOf(p.id)}
              </option>
            ))}
          </select>
        </label>
      )}
      {strips.length === 0 && <p>{personId ? 'Personen har ingen serier.' : 'Ingen serier i visningen.'}</p>}
      {strips.map((s) => (
        <SeriesStrip key={s.id} title={s.title} horizon={calendar.horizon} stays={s.stays} />
      ))}
      <h3>Ny serie fra mønster</h3>
      <form
        className="series-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (canSave && !saving) void save();
        }}
      >
        <label>
          Mønster
          <select value={pattern} onChange={(e) => setPattern(e.target.value as PatternName)}>
            {(Object.keys(patternLabels) as PatternName[]).map((p) => (
              <option key={p} value={p}>
                {patternLabels[p]}
              </option>
            ))}
          </select>
        </label>
        {pattern === 'egen' && (
          <>
            <label>
              Uker inne
              <input
                type="number"
                min={1}
                value={inWeeks}
                onChange={(e) => setInWeeks(Number(e.target.value))}
              />
            </label>
            <label>
              Uker hjemme
              <input
                type="number"
                min={0}
                value={homeWeeks}
                onChange={(e) => setHomeWeeks(Number(e.target.value))}
              />
            </label>
          </>
        )}
        <label>
          Første opphold tidligst
          <input type="date" value={earliest} onChange={(e) => setEarliest(e.target.value)} />
        </label>
        <label>
          senest
          <input type="date" value={latest} onChange={(e) => setLatest(e.target.value)} />
        </label>
        <label>
          Krav til seng (stikkord)
          <input value={tags} onChange={(e) => setTags(e.target.value)} />
        </label>
        <label>
          Serie-id
          <input
            name="seriesId"
            value={seriesId}
            disabled={personId === ''}
            onChange={(e) => setCustomId(e.target.value)}
          />
        </label>
        <button type="submit" disabled={!canSave || saving}>
          Lagre
        </button>
        {instance && personId === '' && <p className="note">Velg en person for å lagre serien.</p>}
      </form>
      <NoticeArea notice={notice} />
      <SeriesStrip
        title="Forhåndsvisning"
        horizon={calendar.horizon}
        stays={preview.occurrences.map((o) => ({ ...o, bedId: preview.bedId }))}
      />
      <p>
        {preview.bedId
          ? `Alle opphold får plass i seng ${preview.bedId}.`
          : 'Ingen seng i visningen er ledig for alle oppholdene.'}
      </p>
      <ol className="occurrences">
        {preview.occurrences.map((o) => (
          <li key={o.occurrence}>
            Opphold {o.occurrence + 1}: {formatStay(o.start, o.end)} ({nightCount(o.start, o.end)}), seng{' '}
            {preview.bedId ?? '–'}
          </li>
        ))}
      </ol>
    </section>
  );
}
