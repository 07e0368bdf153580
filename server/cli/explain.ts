import { instance as instanceSchema, plan as planSchema } from '../../solver/formats.ts';
import { explain } from '../../solver/objective/explain.ts';
import { readJsonFile, writeJson } from './files.ts';
import { parseCommand } from './options.ts';

const usage = 'sengeplan explain <instance.json> <plan.json> [--top 20]';

/** Prints the plan's score by constraint and the stays that cost the most, as JSON. */
export async function explainCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(
    args,
    { top: { type: 'string', default: '20' } },
    ['<instance.json>', '<plan.json>'],
    usage,
  );
  const instance = await readJsonFile(positionals[0] as string, instanceSchema, 'instance');
  const plan = await readJsonFile(positionals[1] as string, planSchema, 'plan');
  const result = explain(instance, plan);
  const top = Math.max(0, Number(values.top) || 0);
  await writeJson({ ...result, stays: result.stays.slice(0, top) }, undefined);
  return 0;
}
