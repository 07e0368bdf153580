import type { FigureComparisonView } from '../../api/whatif.ts';
import { figureLabels } from './figureLabels.ts';

/** A number with its sign: +3, −2, 0 (one decimal where it has one). */
export function signed(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  if (rounded === 0) return '0';
  return `${rounded > 0 ? '+' : '−'}${Math.abs(rounded).toLocaleString('nb-NO')}`;
}

/** A mean over the seeds, one decimal at most. */
export const mean = (value: number) => (Math.round(value * 10) / 10).toLocaleString('nb-NO');

const cell = (text: string) => (/[;"\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/** The comparison of one scenario as CSV (semicolons, as Norwegian Excel reads it). */
export function comparisonCsv(scenario: string, comparison: readonly FigureComparisonView[]): string {
  const header = [
    'Scenario',
    'Nøkkeltall',
    'Grunnlag',
    'Scenario',
    'Forskjell',
    'Forskjell min',
    'Forskjell maks',
  ];
  const rows = comparison.map((c) => [
    scenario,
    figureLabels[c.figure],
    String(c.baseline.mean),
    String(c.scenario.mean),
    String(c.difference.mean),
    String(c.difference.min),
    String(c.difference.max),
  ]);
  return [header, ...rows].map((row) => row.map(cell).join(';')).join('\n') + '\n';
}
