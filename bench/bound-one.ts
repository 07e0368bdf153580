/** Computes the upper bound of one bench case with one LP engine in its own process; prints one JSON line. */
import { upperBound } from '../solver/bound/index.ts';
import { createEngine, type LpEngineName } from '../solver/lp/index.ts';
import { findCase, loadCase, peakMemoryMB } from './load.ts';

const [caseName, engineName] = process.argv.slice(2) as [string, LpEngineName];
const instance = await loadCase(findCase(caseName));
const bound = await upperBound(instance, await createEngine(engineName), { timeLimitSeconds: 120 });
process.stdout.write(
  `${JSON.stringify({
    case: caseName,
    engine: engineName,
    occupiedBedNights: bound.occupiedBedNights,
    status: bound.status,
    seconds: bound.seconds,
    peakMemoryMB: peakMemoryMB(),
  })}\n`,
);
