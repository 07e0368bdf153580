import { parseArgs, type ParseArgsConfig } from 'node:util';
import { z } from 'zod';
import { CliError } from './errors.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses a command's arguments; unknown options and missing positionals are clear errors. */
export function parseCommand(args: string[], options: Options, positionals: string[], usage: string) {
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\nusage: ${usage}`);
  }
  if (parsed.positionals.length !== positionals.length) {
    throw new CliError(`expected ${positionals.join(' and ') || 'no arguments'}\nusage: ${usage}`);
  }
  return {
    values: parsed.values as Record<string, string | boolean | undefined>,
    positionals: parsed.positionals,
  };
}

/** Validates option values with a zod schema, naming the option that is wrong. */
export function validateOptions<T extends z.ZodType>(schema: T, values: unknown, usage: string): z.infer<T> {
  const result = schema.safeParse(values);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`);
  throw new CliError(`${lines.join('\n')}\nusage: ${usage}`);
}

/** The JSON of `--weights`, any subset of the weights the schema knows; undefined gives no overrides. */
export function parseWeightsOption<T extends z.ZodObject>(
  text: string | undefined,
  schema: T,
): Partial<z.infer<T>> {
  if (text === undefined) return {};
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CliError(`--weights: not valid JSON: ${text}`);
  }
  const parsed = schema.partial().safeParse(json);
  if (!parsed.success)
    throw new CliError(
      `--weights: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return parsed.data as Partial<z.infer<T>>;
}
