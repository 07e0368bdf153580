/**
 * Every unplaced reason code, each from a small hand-made case run through the part of the solver (or the
 * server's override) that writes it: the exact code and parameters in the plan, and the exact bokmål the
 * waiting list shows for them.
 */
import { describe, expect, it } from 'vitest';
import { applyOverride } from '../../server/overrides/apply.ts';
import type { Event, Instance, Plan, Unplaced } from '../../solver/formats.ts';
import { compile } from '../../solver/model/compile.ts';
import { occurrenceShapes } from '../../solver/model/series.ts';
import { defaultWeights } from '../../solver/objective/weights.ts';
import { repair } from '../../solver/repair/index.ts';
import { occurrenceItem } from '../../solver/search/items.ts';
import { toPlan } from '../../solver/search/output.ts';
import { State } from '../../solver/search/state.ts';
import { solve } from '../../solver/solve.ts';
import { reasonText } from '../../web/src/lib/bokmal/reasons.ts';
import { buildInstance, requestInput, wardInput } from '../support/builders.ts';
import { planOf } from '../solver/repair/scenario.ts';

const BED = 'W1-R1-B1';
const oneBed = (parts: Omit<Parameters<typeof buildInstance>[0], 'wards'>) =>
  buildInstance({ wards: [wardInput('W1', ['korttid'], [1])], ...parts });

const solveBriefly = async (instance: Instance) =>
  (await solve(instance, { maxIterations: 200, seed: 1, lp: 'none' })).plan;

/** The one unplaced entry's code and its words on the waiting list. */
function onlyReason(plan: Plan): { why: Unplaced['why']; bokmal: string } {
  expect(plan.unplaced).toHaveLength(1);
  const entry = plan.unplaced[0] as Unplaced;
  return { why: entry.why, bokmal: reasonText(entry.reason, entry.why) };
}

/** S1: one week in, one week home from 4 Jan, in the one bed: stays on 4 Jan, 18 Jan and 1 Feb. */
function rotation(): { instance: Instance; plan: Plan } {
  const instance = oneBed({
    series: [
      {
        id: 'S1',
        personId: 'P-S',
        phases: [{ inNights: 7, homeNights: 7 }],
        firstStart: { earliest: '2027-01-04', latest: '2027-01-04' },
        until: '2027-02-15',
      },
    ],
  });
  const plan = planOf([
    { seriesId: 'S1', occurrence: 0, bedId: BED, start: '2027-01-04', end: '2027-01-11' },
    { seriesId: 'S1', occurrence: 1, bedId: BED, start: '2027-01-18', end: '2027-01-25' },
    { seriesId: 'S1', occurrence: 2, bedId: BED, start: '2027-02-01', end: '2027-02-08' },
  ]);
  return { instance, plan };
}

const repairRotation = (event: Event, today = '2027-01-11') => {
  const { instance, plan } = rotation();
  return repair(instance, plan, [event], { today }).plan;
};

describe('the reason a stay waits, as code and in bokmål', () => {
  it('noFreeBed names the tags, the nights, the start window and the beds tried', async () => {
    const instance = oneBed({
      requests: [
        requestInput('R1', { nights: 20, priority: 1 }),
        requestInput('R2', { nights: 7, latestStart: '2027-01-10' }),
      ],
    });
    expect(onlyReason(await solveBriefly(instance))).toEqual({
      why: {
        code: 'noFreeBed',
        kind: 'korttid',
        tags: [],
        nights: 7,
        window: { from: '2027-01-04', to: '2027-01-10' },
        bedsTried: 1,
      },
      bokmal: 'ingen seng uten krav ledig i 7 netter med start mellom 4. jan 2027 og 10. jan 2027',
    });
  });

  it('noBedWithTags names the tags no bed has', async () => {
    const instance = oneBed({ requests: [requestInput('R1', { kind: 'rehab', requiredTags: ['rehab'] })] });
    expect(onlyReason(await solveBriefly(instance))).toEqual({
      why: { code: 'noBedWithTags', kind: 'rehab', tags: ['rehab'] },
      bokmal: 'ingen seng har merkene rehab',
    });
  });

  it('pinnedNotFree names the pinned bed and start that are taken', async () => {
    const instance = oneBed({
      requests: [requestInput('R1', { pin: { bedId: BED, start: '2027-01-05' } })],
      fixed: [{ id: 'F1', personId: 'P-F', bedId: BED, start: '2027-01-04', end: '2027-01-20' }],
    });
    expect(onlyReason(await solveBriefly(instance))).toEqual({
      why: { code: 'pinnedNotFree', tags: [], nights: 7, bedId: BED, start: '2027-01-05' },
      bokmal: 'låst: seng W1-R1-B1 er ikke ledig i 7 netter fra 5. jan 2027',
    });
  });

  it('laterFirstStart marks a stay that only the earliest first start the plan allows has', () => {
    // Every 14 days from 4-11 Jan until 7 Feb, 3 days either way: anchored on 11 Jan it has two stays, but
    // with the first stay unplaced a reader derives the anchor 8 Jan (the earliest that agrees), which has three.
    const instance = oneBed({
      series: [
        {
          id: 'S1',
          personId: 'P-S',
          phases: [{ inNights: 7, homeNights: 7 }],
          firstStart: { earliest: '2027-01-04', latest: '2027-01-11' },
          until: '2027-02-07',
          flexDays: 3,
        },
      ],
    });
    const model = compile(instance);
    const state = new State(model, defaultWeights);
    const series = instance.series[0]!;
    const anchor = model.days.of('2027-01-11');
    for (const shape of occurrenceShapes(series, anchor, model.days.of(series.until)))
      state.addItem(occurrenceItem(model, series, shape, anchor, state.items.length));
    state.place(1, 0, model.days.of('2027-01-25'));
    const third = toPlan(state, {}).unplaced.find((u) => 'seriesId' in u && u.occurrence === 2) as Unplaced;
    expect({ why: third.why, bokmal: reasonText(third.reason, third.why) }).toEqual({
      why: { code: 'laterFirstStart' },
      bokmal: 'serien ble planlagt fra en senere første start',
    });
  });

  it('startPassed marks a new request whose start window ended before today', () => {
    const instance = oneBed({ requests: [] });
    const late = requestInput('N', { latestStart: '2027-01-05' }) as unknown as Instance['requests'][number];
    const plan = repair(
      instance,
      planOf([]),
      [{ type: 'newRequest', request: late, person: { id: 'P-N', sex: 'F', partnerId: null } }],
      { today: '2027-01-11' },
    ).plan;
    expect(onlyReason(plan)).toEqual({
      why: { code: 'startPassed' },
      bokmal: 'startvinduet er passert',
    });
  });

  it('cancelled marks a rotation stay that was called off', () => {
    expect(onlyReason(repairRotation({ type: 'cancel', seriesId: 'S1', occurrence: 1 }))).toEqual({
      why: { code: 'cancelled' },
      bokmal: 'avlyst',
    });
  });

  it('noShow marks a rotation stay whose person did not come on the first night', () => {
    const event: Event = { type: 'noShow', seriesId: 'S1', occurrence: 1, date: '2027-01-18' };
    expect(onlyReason(repairRotation(event))).toEqual({
      why: { code: 'noShow', date: '2027-01-18' },
      bokmal: 'ikke møtt 18. jan 2027',
    });
  });

  it('leftEarly marks a rotation stay whose person went home on the first night', () => {
    const event: Event = { type: 'earlyDeparture', seriesId: 'S1', occurrence: 1, date: '2027-01-18' };
    expect(onlyReason(repairRotation(event))).toEqual({
      why: { code: 'leftEarly', date: '2027-01-18' },
      bokmal: 'reiste hjem 18. jan 2027',
    });
  });

  it('ended marks a rotation stay closed part-way, its nights until then a fixed stay', () => {
    const event: Event = { type: 'earlyDeparture', seriesId: 'S1', occurrence: 1, date: '2027-01-22' };
    expect(onlyReason(repairRotation(event, '2027-01-20'))).toEqual({
      why: { code: 'ended', cause: { code: 'leftEarly', date: '2027-01-22' } },
      bokmal: 'avsluttet: reiste hjem 22. jan 2027, nettene til da er et fast opphold',
    });
  });

  it('removedByHand marks a stay a planner took out of the plan', () => {
    const instance = oneBed({ requests: [requestInput('R1')] });
    const plan = planOf([{ requestId: 'R1', bedId: BED, start: '2027-01-04', end: '2027-01-11' }]);
    const applied = applyOverride(instance, plan, { action: 'unplace', ref: { requestId: 'R1' } });
    expect(onlyReason(applied.plan)).toEqual({
      why: { code: 'removedByHand' },
      bokmal: 'tatt ut av planen manuelt',
    });
  });
});
