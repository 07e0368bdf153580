/**
 * Overrides and calendars on a Bergen-size plan (fixtures/bergen.json: 470 beds, 5,100 requests, the firstfit
 * plan). How long they take is measured by `npm run bench:overrides`, not here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bergenDraft, calendarLoad, overrideRound, type BergenDraft } from '../support/bergen.ts';
import { START_TIMEOUT_MS } from '../support/engines.ts';

let bergen: BergenDraft;
beforeAll(async () => {
  bergen = await bergenDraft();
}, START_TIMEOUT_MS);
afterAll(async () => {
  await bergen.t.close();
});

describe('a Bergen-size plan', () => {
  it('answers each override as written or refused, and writes at least ten of twenty', async () => {
    const answers = await overrideRound(bergen);
    expect(answers.filter((a) => a.status !== 200 && a.status !== 409)).toEqual([]);
    expect(answers.filter((a) => a.status === 200).length).toBeGreaterThanOrEqual(10);
  }, 120_000);

  it('has a calendar of all beds, whose waiting list holds every unplaced stay, and one of a ward', async () => {
    const all = await calendarLoad(bergen, '');
    const ward = await calendarLoad(bergen, '?wardId=C1-W1');
    expect([all.status, ward.status]).toEqual([200, 200]);
    expect(all.waiting).toBe(bergen.plan.unplaced.length);
  }, 60_000);
});
