import { z } from 'zod';
import { firstFit } from '../../solver/baselines/firstfit.ts';
import { instance as instanceSchema } from '../../solver/formats.ts';
import { readJsonFile, writeJson } from './files.ts';
import { parseCommand, validateOptions } from './options.ts';

const usage = 'sengeplan solve <instance.json> [--solver firstfit] [-o plan.json]';

const solvers = { firstfit: firstFit } as const;

const schema = z.object({
  solver: z.enum(Object.keys(solvers) as [keyof typeof solvers]),
  output: z.string().optional(),
});

export async function solveCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(
    args,
    { solver: { type: 'string', default: 'firstfit' }, output: { type: 'string', short: 'o' } },
    ['<instance.json>'],
    usage,
  );
  const options = validateOptions(schema, values, usage);
  const instance = await readJsonFile(positionals[0] as string, instanceSchema, 'instance');
  const started = performance.now();
  const plan = solvers[options.solver](instance);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stderr.write(
    `${options.solver}: ${plan.stays.length} stays placed, ${plan.unplaced.length} unplaced in ${seconds} s\n`,
  );
  await writeJson(plan, options.output);
  return 0;
}
