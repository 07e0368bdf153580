/**
 * `npm run bench:overrides`: the time an override and a calendar take on a Bergen-size plan (the firstfit plan
 * of fixtures/bergen.json on PGlite in memory), as median and max in ms, with the machine's load beside them.
 * The budget it is held to: an override's median under 1,000 ms, a calendar under 2,000 ms.
 */
import { execFileSync } from 'node:child_process';
import { bergenDraft, calendarLoad, overrideRound } from '../test/server/support/bergen.ts';

const OVERRIDE_BUDGET_MS = 1_000;
const CALENDAR_BUDGET_MS = 2_000;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const summary = (xs: number[]) =>
  `median ${median(xs).toFixed(0)} max ${Math.max(...xs).toFixed(0)} (n=${xs.length})`;

const bergen = await bergenDraft();
try {
  const answers = await overrideRound(bergen);
  const written = answers.filter((a) => a.status === 200).map((a) => a.ms);
  const refused = answers.filter((a) => a.status === 409).map((a) => a.ms);
  const all = await calendarLoad(bergen, '');
  const ward = await calendarLoad(bergen, '?wardId=C1-W1');
  console.log(`Bergen override (ms): written ${summary(written)}; refused ${summary(refused)}`);
  console.log(
    `Bergen calendar (ms): all beds ${all.ms.toFixed(0)} (${all.stays} stays, ${all.waiting} waiting); ` +
      `ward C1-W1 ${ward.ms.toFixed(0)} (${ward.stays} stays)`,
  );
  const within =
    median(written) < OVERRIDE_BUDGET_MS &&
    median(refused) < OVERRIDE_BUDGET_MS &&
    all.ms < CALENDAR_BUDGET_MS &&
    ward.ms < CALENDAR_BUDGET_MS;
  console.log(
    `budget (override median ${OVERRIDE_BUDGET_MS} ms, calendar ${CALENDAR_BUDGET_MS} ms): ${within ? 'kept' : 'EXCEEDED'}`,
  );
  console.log(`uptime: ${execFileSync('uptime', { encoding: 'utf8' }).trim()}`);
} finally {
  await bergen.t.close();
}
