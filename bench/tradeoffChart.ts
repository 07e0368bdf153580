/** The trade-off chart as a small standalone SVG: hospital waiting days (x) against occupied bed-nights (y). */
export interface TradeoffPoint {
  label: string;
  occupied: number;
  hospitalWaitDays: number;
}

const W = 640;
const H = 400;
const M = { left: 80, right: 30, top: 30, bottom: 60 };

function scale(min: number, max: number, from: number, to: number) {
  const span = max - min || 1;
  return (v: number) => from + ((v - min) / span) * (to - from);
}

function ticks(min: number, max: number, count: number): number[] {
  const step = (max - min) / count || 1;
  return Array.from({ length: count + 1 }, (_, k) => Math.round(min + k * step));
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function tradeoffSvg(points: TradeoffPoint[], reference: TradeoffPoint, dayCost: number): string {
  const all = [...points, reference];
  const maxX = Math.max(...all.map((p) => p.hospitalWaitDays)) * 1.1 || 1;
  const ys = all.map((p) => p.occupied);
  const pad = (Math.max(...ys) - Math.min(...ys)) * 0.1 || 10;
  const minY = Math.floor(Math.min(...ys) - pad);
  const maxY = Math.ceil(Math.max(...ys) + pad);
  const x = scale(0, maxX, M.left, W - M.right);
  const y = scale(minY, maxY, H - M.bottom, M.top);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`,
    `<rect width="${W}" height="${H}" fill="white"/>`,
    `<line x1="${M.left}" y1="${H - M.bottom}" x2="${W - M.right}" y2="${H - M.bottom}" stroke="black"/>`,
    `<line x1="${M.left}" y1="${M.top}" x2="${M.left}" y2="${H - M.bottom}" stroke="black"/>`,
  ];
  for (const t of ticks(0, maxX, 5)) {
    parts.push(
      `<text x="${x(t)}" y="${H - M.bottom + 16}" text-anchor="middle">${t}</text>`,
      `<text x="${x(t)}" y="${H - M.bottom + 30}" text-anchor="middle" fill="#555">${Math.round((t * dayCost) / 1000)}k NOK</text>`,
    );
  }
  for (const t of ticks(minY, maxY, 5))
    parts.push(`<text x="${M.left - 8}" y="${y(t) + 4}" text-anchor="end">${t}</text>`);
  parts.push(
    `<text x="${(M.left + W - M.right) / 2}" y="${H - 10}" text-anchor="middle">hospital waiting days (cost at ${dayCost} NOK a day)</text>`,
    `<text x="16" y="${(M.top + H - M.bottom) / 2}" text-anchor="middle" transform="rotate(-90 16 ${(M.top + H - M.bottom) / 2})">occupied bed-nights</text>`,
  );
  const path = points
    .map((p, k) => `${k === 0 ? 'M' : 'L'}${x(p.hospitalWaitDays)},${y(p.occupied)}`)
    .join(' ');
  parts.push(`<path d="${path}" fill="none" stroke="#1f5fa8" stroke-width="2"/>`);
  for (const p of points)
    parts.push(
      `<circle cx="${x(p.hospitalWaitDays)}" cy="${y(p.occupied)}" r="4" fill="#1f5fa8"/>`,
      `<text x="${x(p.hospitalWaitDays) + 6}" y="${y(p.occupied) - 6}">${escape(p.label)}</text>`,
    );
  parts.push(
    `<rect x="${x(reference.hospitalWaitDays) - 4}" y="${y(reference.occupied) - 4}" width="8" height="8" fill="#b33"/>`,
    `<text x="${x(reference.hospitalWaitDays) + 6}" y="${y(reference.occupied) + 4}" fill="#b33">${escape(reference.label)}</text>`,
    '</svg>',
  );
  return `${parts.join('\n')}\n`;
}
