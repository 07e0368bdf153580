/** The instances every benchmark run solves: the committed fixtures and fresh generations. */
export interface BenchCase {
  name: string;
  fixture?: string;
  generate?: { seed: number; beds: number; days: number; load: number };
}

export const benchCases: BenchCase[] = [
  { name: 'tiny', fixture: 'fixtures/tiny.json' },
  { name: 'small', fixture: 'fixtures/small.json' },
  { name: 'bergen', fixture: 'fixtures/bergen.json' },
  ...[11, 12, 13].map((seed) => ({
    name: `gen-60-s${seed}`,
    generate: { seed, beds: 60, days: 182, load: 1.1 },
  })),
  ...[21, 22].map((seed) => ({
    name: `gen-470-s${seed}`,
    generate: { seed, beds: 470, days: 182, load: 1.1 },
  })),
];

export const benchSolvers = ['firstfit'] as const;
export type BenchSolver = (typeof benchSolvers)[number];
