import { z } from 'zod';
import { firstFit } from '../../solver/baselines/firstfit.ts';
import { instance as instanceSchema, type Instance, type Plan } from '../../solver/formats.ts';
import { weightsSchema } from '../../solver/objective/weights.ts';
import { solve, type SolveProgress } from '../../solver/solve.ts';
import { readJsonFile, writeJson } from './files.ts';
import { parseCommand, parseWeightsOption, validateOptions } from './options.ts';

const usage =
  'sengeplan solve <instance.json> [--solver sengeplan|firstfit] [--time-limit 30] [--iterations N] [--seed 1] [--lp highs|jslp|none] [--weights JSON] [--hospital-first 0..1] [-o plan.json]';

const schema = z.object({
  solver: z.enum(['sengeplan', 'firstfit']),
  'time-limit': z.coerce.number().positive().max(86_400),
  iterations: z.coerce.number().int().min(0).optional(),
  seed: z.coerce.number().int(),
  lp: z.enum(['highs', 'jslp', 'none']),
  weights: z.string().optional(),
  'hospital-first': z.coerce.number().min(0).max(1).optional(),
  output: z.string().optional(),
});

function progressLine(p: SolveProgress): string {
  return `${p.phase}: ${p.seconds.toFixed(1)} s, ${p.iterations} moves, ${p.unplaced} unplaced, score ${Math.round(p.bestScore)}`;
}

export async function solveCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(
    args,
    {
      solver: { type: 'string', default: 'sengeplan' },
      'time-limit': { type: 'string', default: '30' },
      iterations: { type: 'string' },
      seed: { type: 'string', default: '1' },
      lp: { type: 'string', default: 'highs' },
      weights: { type: 'string' },
      'hospital-first': { type: 'string' },
      output: { type: 'string', short: 'o' },
    },
    ['<instance.json>'],
    usage,
  );
  const options = validateOptions(schema, values, usage);
  const weights = parseWeightsOption(options.weights, weightsSchema);
  const instance: Instance = await readJsonFile(positionals[0] as string, instanceSchema, 'instance');
  const started = performance.now();
  let plan: Plan;
  if (options.solver === 'firstfit') {
    plan = firstFit(instance);
  } else {
    const controller = new AbortController();
    const stop = () => controller.abort();
    process.once('SIGINT', stop);
    const tty = process.stderr.isTTY;
    const result = await solve(instance, {
      timeLimitSeconds: options['time-limit'],
      maxIterations: options.iterations,
      seed: options.seed,
      lp: options.lp,
      weights,
      ...(options['hospital-first'] === undefined ? {} : { hospitalFirst: options['hospital-first'] }),
      signal: controller.signal,
      onProgress: (p) => process.stderr.write(tty ? `\r${progressLine(p)}   ` : `${progressLine(p)}\n`),
    });
    process.off('SIGINT', stop);
    if (tty) process.stderr.write('\n');
    plan = result.plan;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stderr.write(
    `${options.solver}: ${plan.stays.length} stays placed, ${plan.unplaced.length} unplaced in ${seconds} s\n`,
  );
  await writeJson(plan, options.output);
  return 0;
}
