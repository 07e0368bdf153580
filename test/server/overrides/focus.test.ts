/**
 * The override is judged on a focus (server/overrides/focus.ts), not on the whole plan. These tests show,
 * on random overrides, that the focus refuses exactly what the whole checker refuses, with the same
 * violations in the same order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyOverride } from '../../../server/overrides/apply.ts';
import type { Override } from '../../../api/overrides.ts';
import { judgeOverride } from '../../../server/overrides/check.ts';
import { ApiError } from '../../../server/errors.ts';
import type { Instance, Plan } from '../../../solver/formats.ts';
import { fixture } from '../support/fixtures.ts';
import { arbitraryOverride, busySmall } from './random.ts';
import { tinyValidPlan } from './support.ts';

/** Judges `override` on the focus and on the whole plan; both must say the same. */
function agree(instance: Instance, plan: Plan, override: Override): { refused: boolean } {
  let applied;
  try {
    applied = applyOverride(instance, plan, override);
  } catch (error) {
    if (error instanceof ApiError) return { refused: true };
    throw error;
  }
  const before = { instance, plan };
  const after = { instance: applied.instance, plan: applied.plan };
  const focused = judgeOverride(applied.ref, before, after).blocking;
  const whole = judgeOverride(applied.ref, before, after, true).blocking;
  expect(focused).toEqual(whole);
  return { refused: whole.length > 0 };
}

describe('judging an override on its focus', () => {
  it('refuses exactly what the whole checker refuses on fixtures/tiny.json', () => {
    const instance = fixture('tiny');
    const plan = tinyValidPlan();
    const outcomes = { refused: 0, accepted: 0 };
    fc.assert(
      fc.property(arbitraryOverride(instance, plan), (override) => {
        outcomes[agree(instance, plan, override).refused ? 'refused' : 'accepted'] += 1;
      }),
      { numRuns: 250, seed: 20261125 },
    );
    expect(outcomes.accepted).toBeGreaterThan(20);
    expect(outcomes.refused).toBeGreaterThan(20);
  });

  it('refuses exactly what the whole checker refuses on a busier fixtures/small.json', () => {
    const { instance, plan } = busySmall();
    const outcomes = { refused: 0, accepted: 0 };
    fc.assert(
      fc.property(arbitraryOverride(instance, plan), (override) => {
        outcomes[agree(instance, plan, override).refused ? 'refused' : 'accepted'] += 1;
      }),
      { numRuns: 200, seed: 7 },
    );
    expect(outcomes.accepted).toBeGreaterThan(20);
    expect(outcomes.refused).toBeGreaterThan(20);
  }, 120_000);
});
