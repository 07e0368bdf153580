import { parseArgs } from 'node:util';
import { z } from 'zod';
import { instance as instanceSchema } from '../../solver/formats.ts';
import { ScenarioError } from '../../solver/scenario/apply.ts';
import { runWhatIf } from '../../solver/scenario/run.ts';
import { figureOptions, scenario as scenarioSchema } from '../../solver/scenario/schema.ts';
import { CliError } from './errors.ts';
import { readJsonFile, writeJson } from './files.ts';
import { validateOptions } from './options.ts';
import { whatIfTable } from './whatifTable.ts';

const usage =
  'sengeplan whatif <instance.json> <scenario.json>... [--seeds 3] [--time-limit 30 | --iterations N] [--fee-per-night 200] [-o report.json]';

const schema = z.object({
  seeds: z.coerce.number().int().min(1).max(100),
  'time-limit': z.coerce.number().positive().max(86_400).optional(),
  iterations: z.coerce.number().int().min(0).optional(),
  'fee-per-night': z.coerce.number().min(0).optional(),
  output: z.string().optional(),
});

/**
 * Solves the instance unchanged (the baseline) and each scenario with seeds 1..N and one budget, prints the
 * comparison as a Markdown table on stdout and writes the whole report (every run's figures) as JSON.
 */
export async function whatifCommand(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        seeds: { type: 'string', default: '3' },
        'time-limit': { type: 'string' },
        iterations: { type: 'string' },
        'fee-per-night': { type: 'string' },
        output: { type: 'string', short: 'o' },
      },
    });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\nusage: ${usage}`);
  }
  const [instancePath, ...scenarioPaths] = parsed.positionals;
  if (instancePath === undefined || scenarioPaths.length === 0)
    throw new CliError(`expected <instance.json> and at least one <scenario.json>\nusage: ${usage}`);
  const options = validateOptions(schema, parsed.values, usage);
  if (options['time-limit'] !== undefined && options.iterations !== undefined)
    throw new CliError(`give --time-limit or --iterations, not both\nusage: ${usage}`);
  const instance = await readJsonFile(instancePath, instanceSchema, 'instance');
  const scenarios = [];
  for (const path of scenarioPaths) scenarios.push(await readJsonFile(path, scenarioSchema, 'scenario'));
  const figures = figureOptions.parse({ feePerNight: options['fee-per-night'] });
  // An iteration budget alone decides where the search stops: then a seed gives the same plan anywhere.
  const budget =
    options.iterations === undefined
      ? { timeLimitSeconds: options['time-limit'] ?? 30 }
      : { maxIterations: options.iterations, timeLimitSeconds: 86_400 };
  const seeds = Array.from({ length: options.seeds }, (_, i) => i + 1);
  const started = performance.now();
  let result;
  try {
    result = await runWhatIf(instance, scenarios, {
      seeds,
      budget,
      figures,
      onRun: (name, seed) => process.stderr.write(`${name ?? 'baseline'}, seed ${seed}\n`),
    });
  } catch (error) {
    if (error instanceof ScenarioError) throw new CliError(error.message);
    throw error;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stderr.write(`whatif: ${scenarios.length + 1} × ${seeds.length} solves in ${seconds} s\n`);
  process.stdout.write(whatIfTable(result, figures));
  const report = { instance: instancePath, scenarioFiles: scenarioPaths, figureOptions: figures, ...result };
  if (options.output !== undefined) await writeJson(report, options.output);
  return 0;
}
