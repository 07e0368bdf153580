import { z } from 'zod';
import { isoDate } from '../../solver/formats.ts';
import { generateInstance } from '../../solver/generator/index.ts';
import { writeJson } from './files.ts';
import { parseCommand, validateOptions } from './options.ts';

const usage =
  'sengeplan generate --seed N --beds N --days N --load X [--start YYYY-MM-DD] [-o instance.json]';

const schema = z.object({
  seed: z.coerce.number().int(),
  beds: z.coerce.number().int().min(1).max(5000),
  days: z.coerce.number().int().min(7).max(731),
  load: z.coerce.number().positive().max(3),
  start: isoDate.optional(),
  output: z.string().optional(),
});

export async function generateCommand(args: string[]): Promise<number> {
  const { values } = parseCommand(
    args,
    {
      seed: { type: 'string', default: '1' },
      beds: { type: 'string', default: '60' },
      days: { type: 'string', default: '182' },
      load: { type: 'string', default: '1.1' },
      start: { type: 'string' },
      output: { type: 'string', short: 'o' },
    },
    [],
    usage,
  );
  const options = validateOptions(schema, values, usage);
  const { output, ...generatorOptions } = options;
  await writeJson(generateInstance(generatorOptions), output);
  return 0;
}
