import { useEffect, useMemo, useState } from 'react';
import type { Calendar } from '../../api/calendar.ts';
import { getInstanceSeries, type InstanceSeries } from '../../api/series.ts';
import { NoticeArea } from '../../components/NoticeArea.tsx';
import { useNotice } from '../../lib/notice.ts';
import { PatternForm } from './PatternForm.tsx';
import { SeriesPreview } from './SeriesPreview.tsx';
import { SeriesStrip } from './SeriesStrip.tsx';
import { personLabels, placedSeries, seriesStrips } from './seriesStrips.ts';
import { usePatternCreator } from './usePatternCreator.ts';

/**
 * A person's rotation series as strips over the six months, and a pattern creator that previews every
 * occurrence and its bed and saves the series with those beds pinned.
 */
export function SeriesPage({ calendar }: { calendar: Calendar }) {
  const [instance, setInstance] = useState<InstanceSeries | null>(null);
  const [personId, setPersonId] = useState('');
  const { notice, notify, clear } = useNotice();

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

  const placed = useMemo(() => placedSeries(calendar), [calendar]);
  const labelOf = useMemo(() => personLabels(instance?.series ?? [], placed), [instance, placed]);
  const strips = useMemo(
    () => seriesStrips(instance, placed, personId, labelOf, calendar.horizon.end),
    [instance, placed, personId, labelOf, calendar.horizon.end],
  );
  const creator = usePatternCreator({
    calendar,
    instance,
    placed,
    personId,
    notify,
    clear,
    onSaved: (saved) =>
      setInstance((current) => current && { ...current, series: [...current.series, saved] }),
  });

  const choosePerson = (id: string) => {
    setPersonId(id);
    creator.setSeriesId(null);
    clear();
  };

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
      <PatternForm creator={creator} personId={personId} instanceLoaded={instance !== null} />
      <NoticeArea notice={notice} />
      <SeriesPreview preview={creator.preview} horizon={calendar.horizon} />
    </section>
  );
}
