import type { FigureName } from '../../solver/scenario/figures.ts';
import type { Spread } from '../../solver/scenario/compare.ts';
import type { WhatIfResult } from '../../solver/scenario/run.ts';
import type { FigureOptions } from '../../solver/scenario/schema.ts';

const labels = (options: FigureOptions): Record<FigureName, string> => ({
  usersServed: 'users served',
  usersServedFromHome: '… from home',
  usersServedFromHospital: '… from hospital',
  stays: 'stays (= decisions, vedtak)',
  staysFromHome: '… from home',
  staysFromHospital: '… from hospital',
  occupiedBedNights: 'bed-nights used',
  idleBedNights: 'bed-nights idle',
  waitingAtEnd: 'waiting list at the end',
  waitDays: 'waiting days',
  hospitalWaitDays: 'hospital waiting days, placed',
  hospitalUnplaced: 'hospital discharges not placed',
  hospitalWaitDaysUnplaced: '… their waiting days (to the end)',
  hospitalWaitCost: `hospital waiting cost (NOK, ${number(options.hospitalDayCost)}/day)`,
  departures: 'departures (room cleanings)',
  feeIncome: `egenandel income (NOK, ${number(options.feePerNight)}/night)`,
  peopleOverNightLimit: `people over ${options.shortTermNightLimit} short-term nights in a year`,
});

function number(value: number, signed = false): string {
  const text = value.toLocaleString('en-US', { maximumFractionDigits: Number.isInteger(value) ? 0 : 1 });
  return signed && value > 0 ? `+${text}` : text;
}

/** The mean over the seeds, with min–max after it when the seeds differ. */
function cell(s: Spread, signed = false): string {
  const mean = number(s.mean, signed);
  return s.min === s.max ? mean : `${mean} (${number(s.min, signed)} … ${number(s.max, signed)})`;
}

/** One row per figure: the baseline, then each scenario and its difference to the baseline. */
export function whatIfTable(result: WhatIfResult, options: FigureOptions): string {
  const header = ['figure', 'baseline', ...result.scenarios.flatMap((s) => [s.name, `Δ ${s.name}`])];
  const rows = (result.scenarios[0]?.comparison ?? []).map((first, i) => [
    labels(options)[first.figure],
    cell(first.baseline),
    ...result.scenarios.flatMap((s) => {
      const c = s.comparison[i] as (typeof s.comparison)[number];
      return [cell(c.scenario), cell(c.difference, true)];
    }),
  ]);
  const valid = (runs: { figures: { valid: boolean } }[]) =>
    `${runs.filter((r) => r.figures.valid).length}/${runs.length}`;
  rows.push(['valid plans', valid(result.baseline), ...result.scenarios.flatMap((s) => [valid(s.runs), ''])]);
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n') + '\n';
}
