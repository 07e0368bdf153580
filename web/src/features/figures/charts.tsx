/** Plain SVG charts with a text alternative: bars per ward and a line over time. */
const nb = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1 });

export function BarChart({
  title,
  items,
  format,
}: {
  title: string;
  items: { label: string; value: number }[];
  format: (v: number) => string;
}) {
  const max = Math.max(1e-9, ...items.map((i) => i.value));
  const rowHeight = 24;
  const width = 520;
  const labelWidth = 200;
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <svg
        width={width}
        height={items.length * rowHeight + 4}
        role="img"
        aria-label={`${title}: ${items.map((i) => `${i.label} ${format(i.value)}`).join(', ')}`}
      >
        {items.map((item, i) => {
          const w = ((width - labelWidth - 70) * item.value) / max;
          return (
            <g key={item.label} transform={`translate(0, ${i * rowHeight})`}>
              <text x={0} y={16} fontSize={12}>
                {item.label}
              </text>
              <rect x={labelWidth} y={4} width={Math.max(0, w)} height={16} fill="#1d5fa8" />
              <text x={labelWidth + w + 6} y={16} fontSize={12}>
                {format(item.value)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

export function LineChart({
  title,
  values,
  xLabel,
  format,
}: {
  title: string;
  values: number[];
  xLabel: (i: number) => string;
  format: (v: number) => string;
}) {
  const width = 640;
  const height = 180;
  const pad = 32;
  const max = Math.max(1e-9, ...values);
  const x = (i: number) => pad + (i * (width - 2 * pad)) / Math.max(1, values.length - 1);
  const y = (v: number) => height - pad - (v / max) * (height - 2 * pad);
  const points = values.map((v, i) => `${x(i)},${y(v)}`).join(' ');
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <svg
        width={width}
        height={height}
        role="img"
        aria-label={`${title}: ${values.map((v, i) => `${xLabel(i)} ${format(v)}`).join(', ')}`}
      >
        <title>{title}</title>
        <line x1={pad} y1={height - pad} x2={width - pad} y2={height - pad} stroke="#888" />
        <line x1={pad} y1={pad} x2={pad} y2={height - pad} stroke="#888" />
        <text x={2} y={pad} fontSize={11}>
          {format(max)}
        </text>
        <polyline points={points} fill="none" stroke="#1f7a3a" strokeWidth={2} />
        {values.map((_, i) =>
          i % 4 === 0 ? (
            <text key={i} x={x(i)} y={height - pad + 14} fontSize={10} textAnchor="middle">
              {xLabel(i)}
            </text>
          ) : null,
        )}
      </svg>
    </figure>
  );
}

export const percent = (v: number) => `${nb.format(v * 100)} %`;
export const number = (v: number) => nb.format(v);
