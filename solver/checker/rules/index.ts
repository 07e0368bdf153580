/** Every rule, in the order their violations are listed. */
import type { CheckContext } from '../context.ts';
import type { Violation } from '../types.ts';
import { referenceRule } from './reference.ts';
import { coverageRule } from './coverage.ts';
import { segmentsRule } from './segments.ts';
import { windowRule } from './window.ts';
import { patternRule } from './pattern.ts';
import { bedConflictRule } from './bedConflict.ts';
import { turnoverRule } from './turnover.ts';
import { tagsRule } from './tags.ts';
import { closureRule } from './closure.ts';
import { roomSexRule } from './roomSex.ts';
import { personOverlapRule } from './personOverlap.ts';
import { pinRule } from './pin.ts';
import { capacityRule } from './capacity.ts';

export type Rule = (ctx: CheckContext) => Violation[];

export const rules: readonly Rule[] = [
  referenceRule,
  coverageRule,
  segmentsRule,
  windowRule,
  patternRule,
  bedConflictRule,
  turnoverRule,
  tagsRule,
  closureRule,
  roomSexRule,
  personOverlapRule,
  pinRule,
  capacityRule,
];
