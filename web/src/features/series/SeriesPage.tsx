import { useMemo, useState } from 'react';
import type { Calendar } from '../../api/calendar.ts';
import { addDays } from '../../lib/isoDates.ts';
import { formatStay, nightCount } from '../../lib/nights.ts';
import { expandPattern, patternLabels, patternPhases, type PatternName } from './patterns.ts';
import { SeriesStrip } from './SeriesStrip.tsx';
import { suggestBed } from './suggestBed.ts';

/** The rotation series in view as strips, and a pattern creator that previews every occurrence and its bed. */
export function SeriesPage({ calendar }: { calendar: Calendar }) {
  const series = useMemo(() => {
    const bySeries = new Map<
      string,
      { label: string; stays: { start: string; end: string; bedId: string }[] }
    >();
    for (const s of calendar.stays) {
      if (!('seriesId' in s.ref)) continue;
      const entry = bySeries.get(s.ref.seriesId) ?? { label: s.label, stays: [] };
      entry.stays.push({ start: s.start, end: s.end, bedId: s.bedId });
      bySeries.set(s.ref.seriesId, entry);
    }
    return [...bySeries].sort(([a], [b]) => a.localeCompare(b, 'nb', { numeric: true }));
  }, [calendar]);

  const [pattern, setPattern] = useState<PatternName>('3-6');
  const [inWeeks, setInWeeks] = useState(2);
  const [homeWeeks, setHomeWeeks] = useState(4);
  const [earliest, setEarliest] = useState(calendar.horizon.start);
  const [latest, setLatest] = useState(calendar.horizon.start);
  const [tags, setTags] = useState('rullering');
  const requiredTags = tags.split(/[\s,]+/).filter(Boolean);

  const preview = useMemo(() => {
    const phases = patternPhases(pattern, { inWeeks, homeWeeks });
    // Every start of the window is tried; the first that one bed can hold wins.
    for (let start = earliest; start <= latest; start = addDays(start, 1)) {
      const occurrences = expandPattern(phases, start, calendar.horizon.end);
      const bedId = suggestBed(calendar, occurrences, requiredTags);
      if (bedId || start === latest) return { occurrences, bedId };
    }
    return { occurrences: [], bedId: null };
  }, [pattern, inWeeks, homeWeeks, earliest, latest, tags, calendar]);

  return (
    <section aria-labelledby="series-title">
      <h2 id="series-title">Rulleringsserier</h2>
      {series.length === 0 && <p>Ingen serier i visningen.</p>}
      {series.map(([id, s]) => (
        <SeriesStrip key={id} title={`${s.label} (${id})`} horizon={calendar.horizon} stays={s.stays} />
      ))}
      <h3>Ny serie fra mønster</h3>
      <form className="series-form" onSubmit={(e) => e.preventDefault()}>
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
      </form>
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
      <p className="note">
        Lagring av nye serier krever et API-endepunkt som ikke finnes ennå; dette er en forhåndsvisning.
      </p>
    </section>
  );
}
