import { describe, expect, it } from 'vitest';
import { whatIfRequest } from '../../api/whatif.ts';
import { comparisonCsv, signed } from '../../web/src/features/whatif/comparisonCsv.ts';
import { fourteenDayScenario, scenarioOf } from '../../web/src/features/whatif/scenarioForm.ts';

describe('the what-if form', () => {
  it('turns the 14-day form into one short-term norm change that the route accepts', () => {
    const scenario = scenarioOf(fourteenDayScenario);
    expect(scenario).toEqual({
      name: '14 dager',
      changes: [{ type: 'shortTermNorm', fromNights: 21, toNights: 14, share: 1 }],
    });
    expect(whatIfRequest.safeParse({ scenarios: [scenario] }).success).toBe(true);
  });

  it('adds the staircase for 3-6 and 3-3 series, a rehab norm and beds per ward kind when asked', () => {
    const scenario = scenarioOf({
      ...fourteenDayScenario,
      shortTermTo: 0,
      rehabTo: 14,
      staircase: true,
      bedTags: 'korttid, demens',
      bedChange: -2,
    });
    expect(scenario.changes).toEqual([
      { type: 'rehabNorm', fromNights: 21, toNights: 14 },
      { type: 'seriesPattern', from: [{ inNights: 21, homeNights: 42 }], to: 'staircase' },
      { type: 'seriesPattern', from: [{ inNights: 21, homeNights: 21 }], to: 'staircase' },
      { type: 'beds', wardTags: ['korttid', 'demens'], change: -2 },
    ]);
  });
});

describe('the comparison export', () => {
  it('writes one semicolon row per figure with the baseline, the scenario and the difference', () => {
    const csv = comparisonCsv('14 dager', [
      {
        figure: 'usersServed',
        baseline: { mean: 10, min: 9, max: 11 },
        scenario: { mean: 12, min: 12, max: 12 },
        difference: { mean: 2, min: 1, max: 3 },
      },
    ]);
    expect(csv).toBe(
      'Scenario;Nøkkeltall;Grunnlag;Scenario;Forskjell;Forskjell min;Forskjell maks\n' +
        '14 dager;Brukere som fikk opphold;10;12;2;1;3\n',
    );
  });

  it('shows a difference with its sign', () => {
    expect([signed(3), signed(-2.5), signed(0)]).toEqual(['+3', '−2,5', '0']);
  });
});
