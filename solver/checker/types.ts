/** The judge's vocabulary: the fixed rule names and what a violation says. */

export const ruleNames = [
  'reference',
  'coverage',
  'segments',
  'window',
  'pattern',
  'bedConflict',
  'turnover',
  'tags',
  'closure',
  'roomSex',
  'personOverlap',
  'pin',
  'capacity',
] as const;

export type RuleName = (typeof ruleNames)[number];

/**
 * One broken rule. `refs` name what is involved: request ids, `S1#2` for occurrence 2 of series S1, bed ids,
 * fixed stay ids and person ids, in the order each rule documents.
 */
export interface Violation {
  rule: RuleName;
  refs: string[];
  message: string;
}
