import { describeIssues, instance as instanceSchema, type Instance } from '../formats.ts';
import { stream } from '../generator/streams.ts';
import { changeBeds } from './beds.ts';
import { changeNorm } from './norm.ts';
import type { Scenario, ScenarioChange } from './schema.ts';
import { convertSeries } from './series.ts';
import { capStaffing, closeWard, keepOhdFree } from './wards.ts';

/** A scenario that cannot be applied to the instance (an unknown ward, too few beds to remove, ...). */
export class ScenarioError extends Error {}

/** What one change did: the requests, series or beds it touched. */
export interface ChangeSummary {
  type: ScenarioChange['type'];
  changed: number;
  added: number;
  removed: number;
}

export interface AppliedScenario {
  instance: Instance;
  summary: ChangeSummary[];
}

function applyChange(
  instance: Instance,
  change: ScenarioChange,
  scenario: Scenario,
  seed: number,
  index: number,
): { instance: Instance; changed?: number; added?: number; removed?: number } {
  const random = stream(seed, `scenario change ${index}`);
  switch (change.type) {
    case 'shortTermNorm':
    case 'rehabNorm': {
      const kind = change.type === 'shortTermNorm' ? 'korttid' : 'rehab';
      const result = changeNorm(instance, kind, change, scenario.returns, random);
      return { instance: result.instance, changed: result.changed.length, added: result.added.length };
    }
    case 'seriesPattern': {
      const result = convertSeries(instance, change.from, change.to);
      return { instance: result.instance, changed: result.changed.length };
    }
    case 'beds': {
      const result = changeBeds(instance, change.wardTags, change.change);
      return { instance: result.instance, added: result.added.length, removed: result.removed.length };
    }
    case 'wardClosure':
      return { instance: closeWard(instance, change.wardId, change.start, change.end), changed: 1 };
    case 'staffingCap':
      return { instance: capStaffing(instance, change.wardId, change), changed: 1 };
    case 'ohdKeptFree':
      return { instance: keepOhdFree(instance, change.beds, change.wardTags), changed: change.beds };
  }
}

/**
 * The scenario's changes applied in order to a copy of the instance, with `seed` for every draw (a share
 * of requests, who comes back and when). The input is never changed; the result is a valid instance.
 */
export function applyScenario(instance: Instance, scenario: Scenario, seed: number): AppliedScenario {
  let current = instance;
  const summary: ChangeSummary[] = [];
  scenario.changes.forEach((change, index) => {
    let result;
    try {
      result = applyChange(current, change, scenario, seed, index);
    } catch (error) {
      throw new ScenarioError(
        `scenario "${scenario.name}", change ${index + 1} (${change.type}): ${(error as Error).message}`,
      );
    }
    current = result.instance;
    summary.push({
      type: change.type,
      changed: result.changed ?? 0,
      added: result.added ?? 0,
      removed: result.removed ?? 0,
    });
  });
  const parsed = instanceSchema.safeParse(current === instance ? structuredClone(instance) : current);
  if (!parsed.success)
    throw new ScenarioError(
      `scenario "${scenario.name}" gives an invalid instance: ${describeIssues(parsed.error).join('; ')}`,
    );
  return { instance: parsed.data, summary };
}
