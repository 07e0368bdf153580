import { checkPlan } from '../../solver/checker/index.ts';
import { instance as instanceSchema, plan as planSchema } from '../../solver/formats.ts';
import { readJsonFile, writeJson } from './files.ts';
import { parseCommand } from './options.ts';

const usage = 'sengeplan check <instance.json> <plan.json>';

/** Prints violations and figures as JSON; exits 1 when the plan breaks a hard rule. */
export async function checkCommand(args: string[]): Promise<number> {
  const { positionals } = parseCommand(args, {}, ['<instance.json>', '<plan.json>'], usage);
  const instance = await readJsonFile(positionals[0] as string, instanceSchema, 'instance');
  const plan = await readJsonFile(positionals[1] as string, planSchema, 'plan');
  const result = checkPlan(instance, plan);
  await writeJson(result, undefined);
  if (!result.valid) process.stderr.write(`${result.violations.length} violations of the hard rules\n`);
  return result.valid ? 0 : 1;
}
