/** Each hard rule refuses an override with 409 rule_broken, naming the rule and the stay in the way. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.ts';
import { START_TIMEOUT_MS } from '../support/engines.ts';
import { tinyDraft } from './setup.ts';
import { tinyPlanWithR11Waiting, tinyValidPlan } from './support.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
}, START_TIMEOUT_MS);
afterAll(async () => {
  await t.close();
});

const move = (ref: object, bedId: string, start: string, end: string) => ({
  action: 'move',
  ref,
  bedId,
  start,
  end,
});

/** The refusal of `body` on a fresh draft of the valid tiny plan. */
async function refusal(body: object, plan = tinyValidPlan()) {
  const draft = await tinyDraft(t, plan);
  const response = await draft.override(1, body);
  expect(response.status).toBe(409);
  expect(response.body.error.code).toBe('rule_broken');
  expect(response.body.error.message).toBe(response.body.error.details.message);
  return response.body.error.details as { rule: string; message: string; other?: object };
}

describe('an override that breaks a hard rule', () => {
  it('is refused as bedConflict naming the stay already in the bed', async () => {
    const details = await refusal(move({ requestId: 'R2' }, 'C1-W1-R2-B2', '2027-01-04', '2027-01-11'));
    expect(details).toEqual({
      rule: 'bedConflict',
      message: 'Seng C1-W1-R2-B2 er opptatt: R1 i seng C1-W1-R2-B2 fra 04.01.2027 til 18.01.2027.',
      other: { requestId: 'R1' },
    });
  });

  it('is refused as bedConflict naming a fixed stay in the bed', async () => {
    const details = await refusal(move({ requestId: 'R2' }, 'C1-W1-R2-B1', '2027-01-05', '2027-01-12'));
    expect(details.rule).toBe('bedConflict');
    expect(details.other).toEqual({ fixedStayId: 'F1' });
  });

  it('is refused as bedConflict when it moves onto the bed and dates of a pinned stay', async () => {
    const details = await refusal(move({ requestId: 'R10' }, 'C2-W1-R1-B1', '2027-01-20', '2027-02-10'));
    expect(details.rule).toBe('bedConflict');
    expect(details.other).toEqual({ requestId: 'R3' });
  });

  it('is refused as turnover when an arrival follows a departure without the cleaning day', async () => {
    const details = await refusal(move({ requestId: 'R1' }, 'C1-W1-R2-B2', '2027-01-05', '2027-01-19'));
    expect(details).toEqual({
      rule: 'turnover',
      message:
        'Seng C1-W1-R2-B2 må stå tom 1 dag mellom to opphold (romvask), og R8 i seng C1-W1-R2-B2 fra ' +
        '19.01.2027 til 02.02.2027 ligger for tett inntil.',
      other: { requestId: 'R8' },
    });
  });

  it('is refused as tags when the bed lacks a tag the stay requires', async () => {
    const details = await refusal(move({ requestId: 'R2' }, 'C2-W1-R2-B1', '2027-01-04', '2027-01-11'));
    expect(details).toEqual({
      rule: 'tags',
      message: 'Seng C2-W1-R2-B1 mangler korttid som R2 krever.',
    });
  });

  it('is refused as closure when the ward is closed on some of the nights', async () => {
    const details = await refusal(move({ requestId: 'R11' }, 'C1-W1-R1-B1', '2027-02-08', '2027-02-18'));
    expect(details).toEqual({
      rule: 'closure',
      message: 'R11 kan ikke ligge i seng C1-W1-R1-B1 da: Korttid 1 er stengt fra 15.02.2027 til 22.02.2027.',
    });
  });

  it('is refused as closure when an extension runs into the bed being out of service', async () => {
    const details = await refusal(move({ requestId: 'R2' }, 'C1-W1-R3-B1', '2027-01-04', '2027-01-19'));
    expect(details).toEqual({
      rule: 'closure',
      message:
        'R2 kan ikke ligge i seng C1-W1-R3-B1 da: sengen er ute av drift fra 18.01.2027 til 25.01.2027.',
    });
  });

  it('is refused as roomSex when a man would share a room with a woman who is not his partner', async () => {
    const details = await refusal(move({ requestId: 'R6' }, 'C1-W1-R2-B1', '2027-01-12', '2027-01-18'));
    expect(details.rule).toBe('roomSex');
    expect(details.other).toEqual({ requestId: 'R1' });
  });

  it('is refused as window when the stay would start outside its window', async () => {
    const details = await refusal(move({ requestId: 'R2' }, 'C1-W1-R3-B1', '2027-01-06', '2027-01-13'));
    expect(details).toEqual({ rule: 'window', message: 'R2 må starte mellom 04.01.2027 og 05.01.2027.' });
  });

  it('is refused as pattern when an occurrence leaves its series pattern', async () => {
    const details = await refusal(
      move({ seriesId: 'S1', occurrence: 1 }, 'C2-W2-R1-B1', '2027-01-29', '2027-02-05'),
    );
    expect(details.rule).toBe('pattern');
  });

  it('is refused as pattern when an occurrence would get another length than its phase', async () => {
    const details = await refusal(
      move({ seriesId: 'S1', occurrence: 1 }, 'C2-W2-R1-B1', '2027-01-25', '2027-02-02'),
    );
    expect(details.rule).toBe('pattern');
  });

  it('is refused as pin when pinning a stay that is not placed', async () => {
    const details = await refusal(
      { action: 'pin', ref: { requestId: 'R11' }, pinned: true },
      tinyPlanWithR11Waiting(),
    );
    expect(details).toEqual({ rule: 'pin', message: 'R11 kan ikke låses fordi det ikke er plassert.' });
  });

  it('is refused as fixed when it names a fixed stay', async () => {
    const details = await refusal(move({ fixedStayId: 'F1' }, 'C1-W1-R2-B1', '2027-01-04', '2027-01-11'));
    expect(details.rule).toBe('fixed');
    expect(details.other).toEqual({ fixedStayId: 'F1' });
  });

  it('changes nothing: the plan, its revision and the pins stay as they were', async () => {
    const draft = await tinyDraft(t, tinyValidPlan());
    const before = await draft.read();
    const instanceBefore = await t.planner.get(`/api/instances/${draft.instanceId}`);
    const refused = await draft.override(
      1,
      move({ requestId: 'R2' }, 'C1-W1-R2-B2', '2027-01-04', '2027-01-11'),
    );
    expect(refused.status).toBe(409);
    const after = await draft.read();
    expect(after.body).toEqual(before.body);
    expect(after.headers.etag).toBe('"1"');
    expect((await t.planner.get(`/api/instances/${draft.instanceId}`)).body).toEqual(instanceBefore.body);
  });
});

describe('an override of a stay whose person has another stay', () => {
  it('is refused as personOverlap naming the other stay of that person', async () => {
    const draft = await tinyDraft(t, tinyValidPlan());
    // R2 becomes a stay of P8, who has the ØHD stay R5 from 2027-01-12.
    await t.db.query("UPDATE requests SET person_id = 'P8' WHERE instance_id = $1 AND id = 'R2'", [
      draft.instanceId,
    ]);
    const response = await draft.override(
      1,
      move({ requestId: 'R2' }, 'C1-W1-R3-B1', '2027-01-04', '2027-01-13'),
    );
    expect(response.status).toBe(409);
    expect(response.body.error.details).toEqual({
      rule: 'personOverlap',
      message: 'P8 kan ikke ligge to steder samtidig: R5 i seng C1-W2-R1-B1 fra 12.01.2027 til 14.01.2027.',
      other: { requestId: 'R5' },
    });
  });
});
