import type { Plan } from '../../solver/formats.ts';
import type { Database, Queryable } from '../db/database.ts';
import type { PlanRecord, PlanStatus, PlanSummary } from '../../api/plans.ts';
import { RepoError } from './errors.ts';
import { lockInstance } from './instanceLock.ts';

const summaryColumns = `id, instance_id, version, revision, status, created_at, published_at,
  jsonb_array_length(body -> 'stays') AS stays, jsonb_array_length(body -> 'unplaced') AS unplaced`;

interface SummaryRow {
  id: number;
  instance_id: string;
  version: number;
  revision: number;
  status: PlanStatus;
  created_at: Date;
  published_at: Date | null;
  stays: number;
  unplaced: number;
}

const toSummary = (r: SummaryRow): PlanSummary => ({
  id: r.id,
  instanceId: r.instance_id,
  version: r.version,
  revision: r.revision,
  status: r.status,
  createdAt: r.created_at.toISOString(),
  publishedAt: r.published_at?.toISOString() ?? null,
  stays: r.stays,
  unplaced: r.unplaced,
});

/**
 * Saves a parsed v1 plan as the next draft version of an instance (versions count 1, 2, ... per instance).
 * The plan's references must already have been checked against the instance.
 */
export function saveDraft(db: Database, instanceId: string, plan: Plan): Promise<PlanSummary> {
  return db.transaction((tx) => insertDraft(tx, instanceId, plan));
}

/** saveDraft in the caller's transaction `tx`. */
export async function insertDraft(tx: Queryable, instanceId: string, plan: Plan): Promise<PlanSummary> {
  // Locking the instance row numbers concurrent drafts of one instance one after the other.
  if (!(await lockInstance(tx, instanceId)))
    throw new RepoError('not_found', `finner ikke instansen ${instanceId}`);
  const [row] = await tx.query<SummaryRow>(
    `INSERT INTO plans (instance_id, version, status, body)
     SELECT $1, COALESCE(max(version), 0) + 1, 'draft', $2::jsonb FROM plans WHERE instance_id = $1
     RETURNING ${summaryColumns}`,
    [instanceId, JSON.stringify(plan)],
  );
  if (!row) throw new Error('INSERT ... RETURNING gave no row');
  return toSummary(row);
}

/** Publishes a draft; a plan already published is a conflict, an unknown one not found. */
export function publishPlan(db: Database, planId: number): Promise<PlanSummary> {
  return db.transaction(async (tx) => {
    const [row] = await tx.query<SummaryRow>(
      `UPDATE plans SET status = 'published', published_at = now(), revision = revision + 1
       WHERE id = $1 AND status = 'draft'
       RETURNING ${summaryColumns}`,
      [planId],
    );
    if (row) return toSummary(row);
    const [existing] = await tx.query<{ version: number }>('SELECT version FROM plans WHERE id = $1', [
      planId,
    ]);
    if (!existing) throw new RepoError('not_found', `finner ikke plan ${planId}`);
    throw new RepoError('conflict', `plan ${planId} (versjon ${existing.version}) er allerede publisert`);
  });
}

/** The plan versions of an instance, newest first, without their bodies. */
export async function listPlans(q: Queryable, instanceId: string): Promise<PlanSummary[]> {
  const rows = await q.query<SummaryRow>(
    `SELECT ${summaryColumns} FROM plans WHERE instance_id = $1 ORDER BY version DESC`,
    [instanceId],
  );
  return rows.map(toSummary);
}

const recordOf = (row: SummaryRow & { body: Plan }): PlanRecord => ({ ...toSummary(row), plan: row.body });

export async function getPlan(q: Queryable, planId: number): Promise<PlanRecord | null> {
  const [row] = await q.query<SummaryRow & { body: Plan }>(
    `SELECT ${summaryColumns}, body FROM plans WHERE id = $1`,
    [planId],
  );
  return row ? recordOf(row) : null;
}

/** The published plan with the highest version: the one wards work by. */
export async function latestPublishedPlan(q: Queryable, instanceId: string): Promise<PlanRecord | null> {
  const [row] = await q.query<SummaryRow & { body: Plan }>(
    `SELECT ${summaryColumns}, body FROM plans WHERE instance_id = $1 AND status = 'published'
     ORDER BY version DESC LIMIT 1`,
    [instanceId],
  );
  return row ? recordOf(row) : null;
}

/**
 * The plan version `planId` locked for the rest of transaction `tx` (SELECT ... FOR UPDATE): a second writer
 * waits until this one commits and then reads the revision it wrote. Null when there is no such plan.
 */
export async function lockPlan(tx: Queryable, planId: number): Promise<PlanRecord | null> {
  const [row] = await tx.query<SummaryRow & { body: Plan }>(
    `SELECT ${summaryColumns}, body FROM plans WHERE id = $1 FOR UPDATE`,
    [planId],
  );
  return row ? recordOf(row) : null;
}

/** Replaces the stays of a plan locked with lockPlan and counts the write; returns the new revision. */
export async function writePlanBody(tx: Queryable, planId: number, plan: Plan): Promise<number> {
  const [row] = await tx.query<{ revision: number }>(
    'UPDATE plans SET body = $2::jsonb, revision = revision + 1 WHERE id = $1 RETURNING revision',
    [planId, JSON.stringify(plan)],
  );
  if (!row) throw new RepoError('not_found', `finner ikke plan ${planId}`);
  return row.revision;
}

/** Deletes plan version `planId` (locked with lockPlan: the caller has checked that it is a draft). */
export async function deletePlan(tx: Queryable, planId: number): Promise<void> {
  const deleted = await tx.query('DELETE FROM plans WHERE id = $1 RETURNING id', [planId]);
  if (deleted.length === 0) throw new RepoError('not_found', `finner ikke plan ${planId}`);
}

/** Every plan version of an instance with its stays, oldest first. */
export async function listPlanBodies(
  q: Queryable,
  instanceId: string,
): Promise<{ id: number; version: number; plan: Plan }[]> {
  const rows = await q.query<{ id: number; version: number; body: Plan }>(
    'SELECT id, version, body FROM plans WHERE instance_id = $1 ORDER BY version',
    [instanceId],
  );
  return rows.map((r) => ({ id: r.id, version: r.version, plan: r.body }));
}

/** The instance plan version `planId` belongs to (undefined when there is no such plan). */
export async function instanceOfPlan(q: Queryable, planId: number): Promise<string | undefined> {
  const [row] = await q.query<{ instance_id: string }>('SELECT instance_id FROM plans WHERE id = $1', [
    planId,
  ]);
  return row?.instance_id;
}
