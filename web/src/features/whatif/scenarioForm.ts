import type { WhatIfBody } from '../../api/whatif.ts';

type ScenarioInput = WhatIfBody['scenarios'][number];
type Change = ScenarioInput['changes'][number];

/** What the planner fills in for one scenario. */
export interface ScenarioFormValues {
  name: string;
  shortTermFrom: number;
  /** 0: the short-term norm is kept. */
  shortTermTo: number;
  /** Per cent of the requests of the norm's length that get the new length. */
  shortTermSharePercent: number;
  rehabFrom: number;
  /** 0: the rehabilitation norm is kept. */
  rehabTo: number;
  /** 3-6 and 3-3 series become the relief staircase (1-6, 2-6, then 3-6). */
  staircase: boolean;
  /** A ward kind: its tags, comma-separated (korttid, demens). */
  bedTags: string;
  bedChange: number;
}

export const fourteenDayScenario: ScenarioFormValues = {
  name: '14 dager',
  shortTermFrom: 21,
  shortTermTo: 14,
  shortTermSharePercent: 100,
  rehabFrom: 21,
  rehabTo: 0,
  staircase: false,
  bedTags: 'korttid',
  bedChange: 0,
};

const RELIEF_SERIES = [[{ inNights: 21, homeNights: 42 }], [{ inNights: 21, homeNights: 21 }]];

/** The scenario (the solver's schema) the form describes; changes left at zero are left out. */
export function scenarioOf(values: ScenarioFormValues): ScenarioInput {
  const changes: Change[] = [];
  if (values.shortTermTo > 0)
    changes.push({
      type: 'shortTermNorm',
      fromNights: values.shortTermFrom,
      toNights: values.shortTermTo,
      share: values.shortTermSharePercent / 100,
    });
  if (values.rehabTo > 0)
    changes.push({ type: 'rehabNorm', fromNights: values.rehabFrom, toNights: values.rehabTo });
  if (values.staircase)
    for (const from of RELIEF_SERIES) changes.push({ type: 'seriesPattern', from, to: 'staircase' });
  const wardTags = values.bedTags
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
  if (values.bedChange !== 0 && wardTags.length > 0)
    changes.push({ type: 'beds', wardTags, change: values.bedChange });
  return { name: values.name.trim() || 'Scenario', changes };
}
