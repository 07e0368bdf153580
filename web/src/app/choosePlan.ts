import type { PlanSummary } from '../api/plans.ts';
import type { Role } from '../api/session.ts';

/**
 * The plan version to open: a planner works on the newest version (a draft when there is one newer than
 * the published); everyone else sees the newest published plan, or the newest when none is published.
 */
export function choosePlan(plans: readonly PlanSummary[], role: Role): PlanSummary | null {
  const newestFirst = [...plans].sort((a, b) => b.version - a.version);
  if (role === 'planner' || role === 'admin') return newestFirst[0] ?? null;
  return newestFirst.find((p) => p.status === 'published') ?? newestFirst[0] ?? null;
}

export function planLabel(plan: PlanSummary): string {
  return `Versjon ${plan.version} (${plan.status === 'draft' ? 'utkast' : 'publisert'})`;
}
