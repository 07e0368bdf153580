/**
 * Computes the upper bound of one bench case with one LP engine in its own process; prints one JSON line.
 *
 *   tsx bench/bound-one.ts <case> <engine> [--method lp|mip] [--tie-series true|false] [--part-seconds N]
 *                                          [--time-limit N] [--parts]
 *
 * Without options: the defaults of upperBound (solver/bound/index.ts) and a 120 s limit. `--parts` adds the
 * per-part report (LP, MIP dual bound and primal, times) to the line.
 */
import { parseArgs } from 'node:util';
import { upperBound, type BoundMethod, type UpperBoundOptions } from '../solver/bound/index.ts';
import { createEngine, type LpEngineName } from '../solver/lp/index.ts';
import { findCase, loadCase, peakMemoryMB } from './load.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    method: { type: 'string' },
    'tie-series': { type: 'string' },
    'part-seconds': { type: 'string' },
    'time-limit': { type: 'string' },
    parts: { type: 'boolean', default: false },
  },
});
const [caseName, engineName] = positionals as [string, LpEngineName];
const options: UpperBoundOptions = { timeLimitSeconds: Number(values['time-limit'] ?? 120) };
if (values.method !== undefined) options.method = values.method as BoundMethod;
if (values['tie-series'] !== undefined) options.tieSeries = values['tie-series'] !== 'false';
if (values['part-seconds'] !== undefined) options.mipPartSeconds = Number(values['part-seconds']);

const instance = await loadCase(findCase(caseName));
const bound = await upperBound(instance, await createEngine(engineName), options);
process.stdout.write(
  `${JSON.stringify({
    case: caseName,
    engine: engineName,
    occupiedBedNights: bound.occupiedBedNights,
    status: bound.status,
    seconds: bound.seconds,
    peakMemoryMB: peakMemoryMB(),
    method: bound.method,
    tieSeries: bound.tieSeries,
    lpBedNights: bound.lpBedNights,
    ...(values.parts ? { parts: bound.partReports } : {}),
  })}\n`,
);
