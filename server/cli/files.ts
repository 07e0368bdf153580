import { readFile, writeFile } from 'node:fs/promises';
import type { z } from 'zod';
import { describeIssues } from '../../solver/formats.ts';
import { CliError } from './errors.ts';

/** Reads a JSON file and parses it with a format schema; every failure names the file and the field. */
export async function readJsonFile<T extends z.ZodType>(
  path: string,
  schema: T,
  what: string,
): Promise<z.infer<T>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${what} ${path}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CliError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issues = describeIssues(parsed.error);
    const shown = issues.slice(0, 20).map((line) => `  ${line}`);
    if (issues.length > shown.length) shown.push(`  ... and ${issues.length - shown.length} more`);
    throw new CliError(`${path} is not a valid ${what} (format v1):\n${shown.join('\n')}`);
  }
  return parsed.data;
}

/** Writes JSON to a file, or to standard output when no file is named. */
export async function writeJson(value: unknown, path: string | undefined): Promise<void> {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  if (path) await writeFile(path, text);
  else process.stdout.write(text);
}
