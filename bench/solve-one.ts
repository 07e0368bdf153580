/**
 * Solves one bench case with one solver in its own process (so peak memory is its own), checks the plan
 * with the independent checker and prints one JSON line.
 */
import { firstFit } from '../solver/baselines/firstfit.ts';
import { checkPlan } from '../solver/checker/index.ts';
import { solve } from '../solver/solve.ts';
import { findCase, loadCase, peakMemoryMB } from './load.ts';

const [caseName, solverName] = process.argv.slice(2);
const benchCase = findCase(caseName);
const instance = await loadCase(benchCase);

const started = performance.now();
const plan =
  solverName === 'firstfit'
    ? firstFit(instance)
    : (await solve(instance, { timeLimitSeconds: benchCase.seconds, seed: 1 })).plan;
const seconds = (performance.now() - started) / 1000;
const check = checkPlan(instance, plan);
const beds = instance.centres.flatMap((c) => c.wards.flatMap((w) => w.rooms.flatMap((r) => r.beds))).length;

process.stdout.write(
  `${JSON.stringify({
    case: caseName,
    solver: solverName,
    beds,
    requests: instance.requests.length,
    series: instance.series.length,
    valid: check.valid,
    violations: check.violations.length,
    figures: check.figures,
    seconds,
    peakMemoryMB: peakMemoryMB(),
  })}\n`,
);
