/** An override that fills a ward beyond the beds it is staffed for is refused, on the focus as on the whole plan. */
import { describe, expect, it } from 'vitest';
import { applyOverride } from '../../../server/overrides/apply.ts';
import { overrideBody } from '../../../api/overrides.ts';
import { judgeOverride } from '../../../server/overrides/check.ts';
import { refusalOf } from '../../../server/overrides/messages.ts';
import { checkPlan } from '../../../solver/checker/index.ts';
import type { Instance } from '../../../solver/formats.ts';
import { fixture } from '../support/fixtures.ts';
import { tinyValidPlan } from './support.ts';

/** tiny.json with Korttid 1 (C1-W1, 4 beds) staffed for 2 beds from 2027-02-02 to 2027-02-15: R6 and R11 then. */
function cappedTiny(): Instance {
  const tiny = fixture('tiny');
  const ward = tiny.centres[0]?.wards[0];
  if (ward?.id !== 'C1-W1') throw new Error('tiny.json changed');
  ward.capacity = [{ start: '2027-02-02', end: '2027-02-15', beds: 2 }];
  return tiny;
}

/** R7 stays on in C1-W1 until 2027-02-08, a third bed on nights the ward is staffed for two. */
const lateR7 = overrideBody.parse({
  action: 'move',
  ref: { requestId: 'R7' },
  bedId: 'C1-W1-R2-B1',
  start: '2027-01-25',
  end: '2027-02-08',
});

describe('an override in a ward staffed for fewer beds than it has', () => {
  it('the valid tiny plan keeps the capacity of a ward staffed for the two beds it uses', () => {
    expect(checkPlan(cappedTiny(), tinyValidPlan()).violations).toEqual([]);
  });

  it('a third bed on nights the ward is staffed for two is refused on the focus as on the whole plan', () => {
    const before = { instance: cappedTiny(), plan: tinyValidPlan() };
    const applied = applyOverride(before.instance, before.plan, lateR7);
    const after = { instance: applied.instance, plan: applied.plan };
    const focused = judgeOverride(applied.ref, before, after).blocking;
    expect(focused).toEqual(judgeOverride(applied.ref, before, after, true).blocking);
    expect(focused.map((v) => [v.rule, v.refs])).toEqual([['capacity', ['R6', 'R7', 'R11', 'C1-W1']]]);
  });

  it('the refusal names the staffing period and another stay in the ward, in bokmål', () => {
    const before = { instance: cappedTiny(), plan: tinyValidPlan() };
    const applied = applyOverride(before.instance, before.plan, lateR7);
    const after = { instance: applied.instance, plan: applied.plan };
    const [violation] = judgeOverride(applied.ref, before, after).blocking;
    if (!violation) throw new Error('the override was accepted');
    expect(refusalOf(violation, 'R7', after)).toEqual({
      rule: 'capacity',
      message:
        'Korttid 1 er bemannet for 2 senger fra 02.02.2027 til 15.02.2027, og alle er i bruk noen av ' +
        'nettene. I bruk blant annet av R6 i seng C1-W1-R3-B1 fra 25.01.2027 til 15.02.2027.',
      other: { requestId: 'R6' },
    });
  });
});
