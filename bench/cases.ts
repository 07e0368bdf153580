/** The instances every benchmark run solves: the committed fixtures and fresh generations. */
export interface BenchCase {
  name: string;
  fixture?: string;
  generate?: { seed: number; beds: number; days: number; load: number };
  /** The search's time budget: 5 s at ~60 beds, 30 s at Bergen scale (the targets). */
  seconds: number;
  /** Also bound with javascript-lp-solver (only where it finishes). */
  jslp?: boolean;
}

export const benchCases: BenchCase[] = [
  { name: 'tiny', fixture: 'fixtures/tiny.json', seconds: 1, jslp: true },
  { name: 'small', fixture: 'fixtures/small.json', seconds: 5, jslp: true },
  { name: 'bergen', fixture: 'fixtures/bergen.json', seconds: 30 },
  ...[11, 12, 13].map((seed) => ({
    name: `gen-60-s${seed}`,
    generate: { seed, beds: 60, days: 182, load: 1.1 },
    seconds: 5,
  })),
  ...[21, 22].map((seed) => ({
    name: `gen-470-s${seed}`,
    generate: { seed, beds: 470, days: 182, load: 1.1 },
    seconds: 30,
  })),
];

export const benchSolvers = ['firstfit', 'sengeplan'] as const;
export type BenchSolver = (typeof benchSolvers)[number];
