import { formatStay, nightCount } from '../../lib/nights.ts';
import { SeriesStrip } from './SeriesStrip.tsx';
import type { PatternPreview } from './usePatternCreator.ts';

/** The new series before it is saved: its strip, whether one bed holds it, and each stay. */
export function SeriesPreview({
  preview,
  horizon,
}: {
  preview: PatternPreview;
  horizon: { start: string; end: string };
}) {
  return (
    <>
      <SeriesStrip
        title="Forhåndsvisning"
        horizon={horizon}
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
    </>
  );
}
