import { z } from 'zod';
import {
  events as eventsSchema,
  instance as instanceSchema,
  plan as planSchema,
} from '../../solver/formats.ts';
import { isIsoDate } from '../../solver/dates.ts';
import { repair, repairWeightsSchema, RepairInputError } from '../../solver/repair/index.ts';
import { CliError } from './errors.ts';
import { readJsonFile, writeJson } from './files.ts';
import { parseCommand, parseWeightsOption, validateOptions } from './options.ts';

const usage =
  'sengeplan repair <instance.json> <plan.json> <events.json> --today YYYY-MM-DD [--notice-days 2] [--weights JSON] [-o new-plan.json] [--instance-out new-instance.json] [--draft draft.json]';

const schema = z.object({
  today: z.string().refine(isIsoDate, { message: 'must be a date YYYY-MM-DD' }),
  'notice-days': z.coerce.number().int().min(0),
  weights: z.string().optional(),
  output: z.string().optional(),
  'instance-out': z.string().optional(),
  draft: z.string().optional(),
});

/**
 * Applies events to a plan and writes the repaired draft plan; the instance with the events applied (which
 * the new plan is judged against) and the moves and figures go to --instance-out and --draft.
 */
export async function repairCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(
    args,
    {
      today: { type: 'string' },
      'notice-days': { type: 'string', default: '2' },
      weights: { type: 'string' },
      output: { type: 'string', short: 'o' },
      'instance-out': { type: 'string' },
      draft: { type: 'string' },
    },
    ['<instance.json>', '<plan.json>', '<events.json>'],
    usage,
  );
  const options = validateOptions(schema, values, usage);
  const [instanceFile, planFile, eventsFile] = positionals as [string, string, string];
  const instance = await readJsonFile(instanceFile, instanceSchema, 'instance');
  const plan = await readJsonFile(planFile, planSchema, 'plan');
  const events = await readJsonFile(eventsFile, eventsSchema, 'events file');
  let result;
  try {
    result = repair(instance, plan, events, {
      today: options.today,
      noticeDays: options['notice-days'],
      weights: parseWeightsOption(options.weights, repairWeightsSchema),
    });
  } catch (error) {
    if (error instanceof RepairInputError) throw new CliError(`${eventsFile}: ${error.message}`);
    throw error;
  }
  for (const line of [...result.warnings, ...result.conflicts]) process.stderr.write(`${line}\n`);
  for (const v of result.violations) process.stderr.write(`${v.rule}: ${v.message}\n`);
  const { after } = result.figures;
  process.stderr.write(
    `repair: ${events.length} events, ${after.moves} moves, ${after.placedFromWaiting} from the waiting list, ` +
      `${after.unplaced} unplaced, status ${result.status}\n`,
  );
  await writeJson(result.plan, options.output);
  if (options['instance-out']) await writeJson(result.instance, options['instance-out']);
  if (options.draft) {
    const { status, moves, figures, warnings, conflicts, violations } = result;
    await writeJson({ status, moves, figures, warnings, conflicts, violations }, options.draft);
  }
  return result.status === 'invalid' ? 1 : 0;
}
