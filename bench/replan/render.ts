/** bench/replan-results.md from the rows of one run. */
export interface EventRow {
  day: number;
  type: string;
  seconds: number;
  /** The checker's time on the new plan (not part of the repair). */
  checkSeconds: number;
  moves: number;
  freed: number;
  refilled: number;
  /** Some waiting stay fits in the freed nights (the repair's own test, before it refills). */
  demand: boolean;
  valid: boolean;
  pastChanged: number;
  newPlaced: boolean | null;
  status: string;
}

export interface ResolveRow {
  type: string;
  seconds: number;
  moves: number;
  freed: number;
  refilled: number;
  demand: boolean;
  valid: boolean;
  /** The rules the plan breaks, with counts, when it is not valid. */
  broken: string;
  pastChanged: number;
  newPlaced: boolean | null;
}

export interface RunInfo {
  machine: string;
  date: string;
  startPlan: string;
  firstDay: string;
  days: number;
  resolveSeconds: number;
  resolveEvery: number;
}

const quantile = (values: number[], q: number) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number;
};
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const pct = (part: number, whole: number) => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)} %`);
const ms = (s: number) => (Number.isNaN(s) ? '–' : `${Math.round(s * 1000)} ms`);

interface Summary {
  count: number;
  valid: number;
  p50: number;
  p95: number;
  max: number;
  medianMoves: number;
  meanMoves: number;
  p95Moves: number;
  freedDemand: number;
  refilledDemand: number;
  freedAll: number;
  refilledAll: number;
  ohd: number;
  ohdPlaced: number;
  pastChanged: number;
}

function summarise(rows: (EventRow | ResolveRow)[]): Summary {
  const withDemand = rows.filter((r) => r.demand);
  const ohd = rows.filter((r) => r.newPlaced !== null);
  return {
    count: rows.length,
    valid: rows.filter((r) => r.valid).length,
    p50: quantile(
      rows.map((r) => r.seconds),
      0.5,
    ),
    p95: quantile(
      rows.map((r) => r.seconds),
      0.95,
    ),
    max: Math.max(...rows.map((r) => r.seconds)),
    medianMoves: quantile(
      rows.map((r) => r.moves),
      0.5,
    ),
    meanMoves: sum(rows.map((r) => r.moves)) / Math.max(rows.length, 1),
    p95Moves: quantile(
      rows.map((r) => r.moves),
      0.95,
    ),
    freedDemand: sum(withDemand.map((r) => r.freed)),
    refilledDemand: sum(withDemand.map((r) => r.refilled)),
    freedAll: sum(rows.map((r) => r.freed)),
    refilledAll: sum(rows.map((r) => r.refilled)),
    ohd: ohd.length,
    ohdPlaced: ohd.filter((r) => r.newPlaced).length,
    pastChanged: sum(rows.map((r) => r.pastChanged)),
  };
}

function line(name: string, s: Summary, valid = String(s.valid)): string {
  return (
    `| ${name} | ${s.count} | ${valid} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.max)} | ${s.medianMoves} | ` +
    `${s.meanMoves.toFixed(2)} | ${s.p95Moves} | ${pct(s.refilledDemand, s.freedDemand)} (${s.refilledDemand}/${s.freedDemand}) | ` +
    `${pct(s.refilledAll, s.freedAll)} | ${s.ohdPlaced}/${s.ohd} | ${s.pastChanged} |`
  );
}

export function renderReplan(
  rows: EventRow[],
  resolved: ResolveRow[],
  sampled: EventRow[],
  info: RunInfo,
): string {
  const repairAll = summarise(rows);
  const nothing = summarise(
    rows.map((r) => ({
      ...r,
      seconds: NaN,
      moves: 0,
      refilled: 0,
      newPlaced: r.newPlaced === null ? null : false,
      pastChanged: 0,
    })),
  );
  nothing.p50 = nothing.p95 = nothing.max = NaN;
  const byType = [...new Set(rows.map((r) => r.type))].sort().map((type) => {
    const s = summarise(rows.filter((r) => r.type === type));
    return `| ${type} | ${s.count} | ${ms(s.p50)} | ${ms(s.p95)} | ${s.medianMoves} | ${s.meanMoves.toFixed(2)} | ${pct(s.refilledDemand, s.freedDemand)} |`;
  });
  const target = (ok: boolean) => (ok ? 'holds' : 'MISSED');
  const withCheck = rows.map((r) => r.seconds + r.checkSeconds);
  const conflicts = rows.filter((r) => r.status === 'conflict').length;
  const share = repairAll.freedDemand === 0 ? 1 : repairAll.refilledDemand / repairAll.freedDemand;
  return `# Replanning benchmark

Run ${info.date} on ${info.machine} with \`npm run bench:replan\`. Start plan: ${info.startPlan}. A month of
events (${info.days} days from ${info.firstDay}) drawn, seeded, from the domain figures (bench/replan/events.ts:
3 % no-shows, 5 % cancellations a week ahead, 10 % early departures, a third of short-term stays extended by
3-14 nights, 1-3 ØHD arrivals a day, a bed out of service once a week), applied one at a time, the repair run
after each on the plan the previous repair returned. Every plan is judged by the checker (\`solver/checker\`)
against the instance with the events applied. Times are the repair's on one core (applying the event, building
the state from the plan, searching, writing the new plan and the moves); checking is timed apart below. Baseline
(b) builds no plan: it marks the freed nights free and does nothing else (no refill, no move, no ØHD placed).
Baseline (a) re-solves the instance with the events applied with the solver (\`solve\`, LP guide and search,
${info.resolveSeconds} s), every stay that starts before today + 2 days pinned to its first bed and start.

"Refilled" is the share of bed-nights an event freed (cancel, no-show, early departure) that someone stays in
the new plan, counted over the events where some waiting stay fits in the freed nights (the repair's own test,
before it refills); "all" counts every freed night. "Moves" are placements of the earlier plan, other than the
stay the event names (or a closure displaces), whose bed or start changed or that lost their bed. "Past nights
changed": bed-nights before today whose occupant changed (must be 0).

| method | events | valid plans | p50 time | p95 time | max time | median moves | mean moves | p95 moves | refilled where fitting demand waits | refilled (all) | ØHD arrivals placed | past nights changed |
|---|---|---|---|---|---|---|---|---|---|---|---|---|
${line('repair', repairAll)}
${line('(b) do nothing, mark free', nothing, 'not built')}
${line(`repair, on the ${sampled.length} sampled events`, summarise(sampled))}
${line(`(a) re-solve from scratch, ${info.resolveSeconds} s, every ${info.resolveEvery}th event`, summarise(resolved))}

Targets: p95 repair ≤ 1 s: ${target(repairAll.p95 <= 1)} (${ms(repairAll.p95)}); median moves per event ≤ 1:
${target(repairAll.medianMoves <= 1)} (${repairAll.medianMoves}); at least 70 % of freed bed-nights refilled where fitting
demand waits: ${target(share >= 0.7)} (${pct(repairAll.refilledDemand, repairAll.freedDemand)}); never a broken hard rule:
${target(repairAll.valid === repairAll.count && repairAll.pastChanged === 0)} (${repairAll.valid}/${repairAll.count} valid, ${repairAll.pastChanged} past nights changed).

Repair with the checker's figures before and after (what \`repair()\` and the API return): p50
${ms(quantile(withCheck, 0.5))}, p95 ${ms(quantile(withCheck, 0.95))}. Repairs where a stay under way lost nights for want
of a bed (status conflict): ${conflicts}.

${
  resolved.some((r) => !r.valid)
    ? `Re-solved plans that break a rule: ${resolved
        .filter((r) => !r.valid)
        .map((r) => r.broken)
        .join('; ')}.\n\n`
    : ''
}## Repair by event type

| event | count | p50 time | p95 time | median moves | mean moves | refilled where fitting demand waits |
|---|---|---|---|---|---|---|
${byType.join('\n')}
`;
}
