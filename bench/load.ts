import { readFile } from 'node:fs/promises';
import { instance as instanceSchema, type Instance } from '../solver/formats.ts';
import { generateInstance } from '../solver/generator/index.ts';
import { benchCases, type BenchCase } from './cases.ts';

export function findCase(name: string | undefined): BenchCase {
  const found = benchCases.find((c) => c.name === name);
  if (!found) throw new Error(`unknown bench case: ${name}`);
  return found;
}

export async function loadCase(benchCase: BenchCase): Promise<Instance> {
  if (benchCase.fixture) return instanceSchema.parse(JSON.parse(await readFile(benchCase.fixture, 'utf8')));
  if (benchCase.generate) return generateInstance(benchCase.generate);
  throw new Error(`bench case ${benchCase.name} names no instance`);
}

export const peakMemoryMB = () => Math.round(process.resourceUsage().maxRSS / 1024);
