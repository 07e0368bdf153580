/**
 * Solves one bench case with one solver in its own process (so peak memory is its own), checks the plan
 * with the independent checker and prints one JSON line.
 */
import { firstFit } from '../solver/baselines/firstfit.ts';
import { checkPlan } from '../solver/checker/index.ts';
import type { Plan } from '../solver/formats.ts';
import type { PhaseRecord } from '../solver/search/phases.ts';
import { solve } from '../solver/solve.ts';
import { findCase, loadCase, peakMemoryMB } from './load.ts';

const [caseName, solverName] = process.argv.slice(2);
const benchCase = findCase(caseName);
const instance = await loadCase(benchCase);

// Options after the case and solver: --hospital-first X, --iterations N (instead of the case's time).
const option = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : undefined;
};
const hospitalFirst = option('--hospital-first');
const iterations = option('--iterations');

const started = performance.now();
let plan: Plan;
let phases: PhaseRecord[] = [];
if (solverName === 'firstfit') plan = firstFit(instance);
else {
  const result = await solve(instance, {
    timeLimitSeconds: benchCase.seconds,
    ...(iterations === undefined ? {} : { maxIterations: iterations }),
    seed: 1,
    ...(hospitalFirst === undefined ? {} : { hospitalFirst }),
  });
  plan = result.plan;
  phases = result.phases;
}
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
    phases,
    ...(hospitalFirst === undefined ? {} : { hospitalFirst }),
    ...(iterations === undefined ? {} : { iterations }),
  })}\n`,
);
