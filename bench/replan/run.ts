/**
 * \`npm run bench:replan [-- plan.json [days]]\`: replays a month of events on the Bergen-scale fixture, repairing
 * after each, and compares with (a) re-solving from scratch and (b) doing nothing; writes bench/replan-results.md.
 * Without a plan file the start plan is solved first (seeded, iteration budget: the same on every machine).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { checkPlan } from '../../solver/checker/index.ts';
import { addDays } from '../../solver/dates.ts';
import { instance as instanceSchema, plan as planSchema, type Plan } from '../../solver/formats.ts';
import { createRandom } from '../../solver/random.ts';
import { repairDraft } from '../../solver/repair/index.ts';
import { solve } from '../../solver/solve.ts';
import { eventsForDay } from './events.ts';
import { freedByEvent, movedStays, occupiedOf, pastNightsChanged } from './measure.ts';
import { renderReplan, type EventRow, type ResolveRow } from './render.ts';
import { resolveFromScratch } from './resolve.ts';

const FIXTURE = 'fixtures/bergen.json';

function brokenRules(violations: readonly { rule: string }[]): string {
  const count = new Map<string, number>();
  for (const v of violations) count.set(v.rule, (count.get(v.rule) ?? 0) + 1);
  return [...count].map(([rule, n]) => `${rule} ×${n}`).join(', ');
}
const START_ITERATIONS = 300_000;
/** The month starts four weeks into the horizon, so that stays are under way. */
const FIRST_DAY_OFFSET = 28;
const RESOLVE_SECONDS = 5;
const RESOLVE_EVERY = 25;
const SEED = 7;

const [planFile, daysArg] = process.argv.slice(2);
const days = Number(daysArg ?? 30);
let instance = instanceSchema.parse(JSON.parse(await readFile(FIXTURE, 'utf8')));
let plan: Plan;
let startPlan: string;
if (planFile) {
  plan = planSchema.parse(JSON.parse(await readFile(planFile, 'utf8')));
  startPlan = `\`${planFile}\``;
} else {
  process.stderr.write(`bench:replan: solving ${FIXTURE} (${START_ITERATIONS} moves, seed 1) ...\n`);
  plan = (await solve(instance, { maxIterations: START_ITERATIONS, seed: 1 })).plan;
  startPlan = `${FIXTURE} solved with ${START_ITERATIONS} search moves, seed 1`;
}
const initial = checkPlan(instance, plan);
if (!initial.valid) throw new Error(`the start plan breaks ${initial.violations.length} rules`);

const firstDay = addDays(instance.horizon.start, FIRST_DAY_OFFSET);
const random = createRandom(SEED);
const rows: EventRow[] = [];
const resolved: ResolveRow[] = [];
const sampled: EventRow[] = [];
for (let day = 0; day < days; day++) {
  const today = addDays(firstDay, day);
  const events = eventsForDay(instance, plan, today, day, random);
  for (const event of events) {
    const freed = freedByEvent(instance, plan, event, today);
    const started = performance.now();
    const result = repairDraft(instance, plan, [event], { today });
    const seconds = (performance.now() - started) / 1000;
    const checking = performance.now();
    const verdict = checkPlan(result.instance, result.plan);
    const checkSeconds = (performance.now() - checking) / 1000;
    const newId = event.type === 'newRequest' ? event.request.id : null;
    const placedIn = (p: Plan) =>
      newId !== null && p.stays.some((s) => 'requestId' in s && s.requestId === newId);
    const row: EventRow = {
      day,
      type: event.type,
      seconds,
      checkSeconds,
      moves: result.moves.filter((m) => m.kind === 'moved' || m.kind === 'unplaced').length,
      freed: freed.size,
      refilled: occupiedOf(result.instance, result.plan, freed),
      demand: freed.size > 0 && Number(result.plan.metrics.freedBedNightsWithDemand ?? 0) > 0,
      valid: verdict.valid,
      pastChanged: pastNightsChanged([instance, plan], [result.instance, result.plan], today),
      newPlaced: newId === null ? null : placedIn(result.plan),
      status: result.conflicts.length > 0 ? 'conflict' : 'ok',
    };
    rows.push(row);
    if (!row.valid)
      process.stderr.write(`  INVALID after ${event.type}: ${verdict.violations[0]?.message}\n`);
    if (rows.length % RESOLVE_EVERY === 0) {
      const again = await resolveFromScratch(result.instance, plan, today, RESOLVE_SECONDS);
      if ('error' in again) {
        const failed = {
          moves: 0,
          refilled: 0,
          pastChanged: 0,
          valid: false,
          newPlaced: newId === null ? null : false,
        };
        resolved.push({
          ...failed,
          type: event.type,
          seconds: again.seconds,
          freed: freed.size,
          demand: row.demand,
          broken: `solver error: ${again.error}`,
        });
      } else {
        const judged = checkPlan(result.instance, again.plan);
        resolved.push({
          type: event.type,
          seconds: again.seconds,
          moves: movedStays(plan, again.plan, event),
          freed: freed.size,
          refilled: occupiedOf(result.instance, again.plan, freed),
          demand: row.demand,
          valid: judged.valid,
          broken: brokenRules(judged.violations),
          pastChanged: pastNightsChanged([instance, plan], [result.instance, again.plan], today),
          newPlaced: newId === null ? null : placedIn(again.plan),
        });
      }
      sampled.push(row);
    }
    instance = result.instance;
    plan = result.plan;
  }
  const today_ = rows.filter((r) => r.day === day);
  process.stderr.write(
    `bench:replan: ${today} ${today_.length} events, max ${Math.round(Math.max(...today_.map((r) => r.seconds)) * 1000)} ms, ` +
      `${today_.reduce((a, r) => a + r.moves, 0)} moves, ${today_.filter((r) => !r.valid).length} invalid\n`,
  );
}

const machine = `${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`;
const info = {
  machine,
  date: new Date().toISOString().slice(0, 10),
  startPlan,
  firstDay,
  days,
  resolveSeconds: RESOLVE_SECONDS,
  resolveEvery: RESOLVE_EVERY,
};
await writeFile('bench/replan-results.md', renderReplan(rows, resolved, sampled, info));
process.stderr.write('bench:replan: wrote bench/replan-results.md\n');
if (rows.some((r) => !r.valid || r.pastChanged > 0)) process.exitCode = 1;
