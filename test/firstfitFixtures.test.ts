import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstFit } from '../solver/baselines/firstfit.ts';
import { checkPlan } from '../solver/checker/index.ts';
import { instance as instanceSchema } from '../solver/formats.ts';

describe('firstfit on the committed fixtures', () => {
  for (const name of ['tiny', 'small', 'demo', 'bergen']) {
    it(`makes a plan for fixtures/${name}.json that the checker accepts`, () => {
      const instance = instanceSchema.parse(JSON.parse(readFileSync(`fixtures/${name}.json`, 'utf8')));
      const result = checkPlan(instance, firstFit(instance));
      expect(result.violations).toEqual([]);
      expect(result.figures.placedRequests + result.figures.unplacedRequests).toBe(instance.requests.length);
    });
  }
});
