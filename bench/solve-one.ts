/**
 * Solves one bench case with one solver in its own process (so peak memory is its own), checks the plan
 * with the independent checker and prints one JSON line.
 */
import { readFile } from 'node:fs/promises';
import { firstFit } from '../solver/baselines/firstfit.ts';
import { checkPlan } from '../solver/checker/index.ts';
import { instance as instanceSchema, type Instance } from '../solver/formats.ts';
import { generateInstance } from '../solver/generator/index.ts';
import { benchCases } from './cases.ts';

const [caseName, solverName] = process.argv.slice(2);
const benchCase = benchCases.find((c) => c.name === caseName);
if (!benchCase || solverName !== 'firstfit')
  throw new Error(`unknown case or solver: ${caseName} ${solverName}`);

const instance: Instance = benchCase.fixture
  ? instanceSchema.parse(JSON.parse(await readFile(benchCase.fixture, 'utf8')))
  : generateInstance(benchCase.generate as NonNullable<typeof benchCase.generate>);

const started = performance.now();
const plan = firstFit(instance);
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
    peakMemoryMB: Math.round(process.resourceUsage().maxRSS / 1024),
  })}\n`,
);
