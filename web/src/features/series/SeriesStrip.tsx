import { daysBetween } from '../../lib/isoDates.ts';
import { formatStay } from '../../lib/nights.ts';

export interface StripStay {
  start: string;
  end: string;
  bedId: string | null;
}

/** One series across the six months: a bar per stay, positioned by its nights. */
export function SeriesStrip({
  title,
  horizon,
  stays,
}: {
  title: string;
  horizon: { start: string; end: string };
  stays: StripStay[];
}) {
  const total = daysBetween(horizon.start, horizon.end);
  const width = 720;
  const scale = width / total;
  return (
    <figure className="series-strip">
      <figcaption>{title}</figcaption>
      <svg
        width={width}
        height={28}
        role="img"
        aria-label={`${title}: ${stays.map((s) => `${formatStay(s.start, s.end)}${s.bedId ? ` i ${s.bedId}` : ''}`).join('; ')}`}
      >
        <rect x={0} y={6} width={width} height={16} fill="#eee" />
        {stays.map((s) => (
          <rect
            key={s.start}
            x={daysBetween(horizon.start, s.start) * scale}
            y={6}
            width={Math.max(1, daysBetween(s.start, s.end) * scale)}
            height={16}
            fill={s.bedId ? '#5a4fcf' : '#b3261e'}
          />
        ))}
      </svg>
    </figure>
  );
}
