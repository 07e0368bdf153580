import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Database } from '../../../server/db/database.ts';
import { migrate } from '../../../server/db/migrations/migrate.ts';
import { diffPlans } from '../../../server/plans/diff.ts';
import { RepoError } from '../../../server/repos/errors.ts';
import { importInstance } from '../../../server/repos/instances.ts';
import {
  getPlan,
  latestPublishedPlan,
  listPlans,
  publishPlan,
  saveDraft,
} from '../../../server/repos/plans.ts';
import { describeOnEachEngine, START_TIMEOUT_MS } from '../support/engines.ts';
import { fixture } from '../support/fixtures.ts';
import { tinyPlan, tinyPlanChanged } from '../support/plans.ts';

describeOnEachEngine('plan versions', (engine) => {
  let db: Database;
  beforeEach(async () => {
    db = await engine.open();
    await migrate(db);
    await importInstance(db, fixture('tiny'), { id: 'tiny' });
  }, START_TIMEOUT_MS);
  afterEach(async () => {
    await db.close();
  });

  it('saves a draft as version 1 with its counts and no publication date', async () => {
    const saved = await saveDraft(db, 'tiny', tinyPlan());
    expect(saved).toEqual({
      id: saved.id,
      instanceId: 'tiny',
      version: 1,
      revision: 1,
      status: 'draft',
      createdAt: saved.createdAt,
      publishedAt: null,
      stays: 4,
      unplaced: 1,
    });
  });

  it('numbers the versions of one instance 1, 2, 3 and those of another from 1 again', async () => {
    await importInstance(db, fixture('tiny'), { id: 'other' });
    const versions = [];
    for (const instanceId of ['tiny', 'tiny', 'other', 'tiny']) {
      versions.push((await saveDraft(db, instanceId, tinyPlan())).version);
    }
    expect(versions).toEqual([1, 2, 1, 3]);
  });

  it('gives back the plan exactly as it was saved', async () => {
    const saved = await saveDraft(db, 'tiny', tinyPlan());
    expect((await getPlan(db, saved.id))?.plan).toStrictEqual(tinyPlan());
  });

  it('refuses a draft for an instance it does not have and stores nothing', async () => {
    await expect(saveDraft(db, 'nope', tinyPlan())).rejects.toEqual(
      new RepoError('not_found', 'finner ikke instansen nope'),
    );
    expect(await db.query('SELECT id FROM plans')).toEqual([]);
  });

  it('publishes a draft: status published, with the date it was published', async () => {
    const saved = await saveDraft(db, 'tiny', tinyPlan());
    const published = await publishPlan(db, saved.id);
    expect(published.status).toBe('published');
    expect(Date.parse(published.publishedAt ?? '')).toBeGreaterThanOrEqual(Date.parse(saved.createdAt));
    expect((await getPlan(db, saved.id))?.status).toBe('published');
  });

  it('refuses to publish a plan twice, as a conflict', async () => {
    const saved = await saveDraft(db, 'tiny', tinyPlan());
    await publishPlan(db, saved.id);
    await expect(publishPlan(db, saved.id)).rejects.toEqual(
      new RepoError('conflict', `plan ${saved.id} (versjon 1) er allerede publisert`),
    );
  });

  it('answers not found when publishing a plan it does not have', async () => {
    await expect(publishPlan(db, 999_999)).rejects.toEqual(
      new RepoError('not_found', 'finner ikke plan 999999'),
    );
  });

  it('takes the published version with the highest number as the latest, ignoring newer drafts', async () => {
    const v1 = await saveDraft(db, 'tiny', tinyPlan());
    const v2 = await saveDraft(db, 'tiny', tinyPlanChanged());
    await saveDraft(db, 'tiny', tinyPlan());
    expect(await latestPublishedPlan(db, 'tiny')).toBeNull();
    await publishPlan(db, v2.id);
    await publishPlan(db, v1.id);
    expect((await latestPublishedPlan(db, 'tiny'))?.version).toBe(2);
  });

  it('lists the versions newest first, with their status', async () => {
    const v1 = await saveDraft(db, 'tiny', tinyPlan());
    await saveDraft(db, 'tiny', tinyPlanChanged());
    await publishPlan(db, v1.id);
    const listed = await listPlans(db, 'tiny');
    expect(listed.map(({ version, status }) => ({ version, status }))).toEqual([
      { version: 2, status: 'draft' },
      { version: 1, status: 'published' },
    ]);
  });

  it('diffs two stored versions stay by stay', async () => {
    const v1 = await saveDraft(db, 'tiny', tinyPlan());
    const v2 = await saveDraft(db, 'tiny', tinyPlanChanged());
    const [a, b] = [await getPlan(db, v1.id), await getPlan(db, v2.id)];
    if (!a || !b) throw new Error('saved plans are there');
    const diff = diffPlans(a.plan, b.plan);
    expect(diff.added.map((p) => p.ref)).toEqual([{ requestId: 'R3' }]);
    expect(diff.removed.map((p) => p.ref)).toEqual([{ requestId: 'R2' }]);
    expect(diff.moved.map((m) => m.ref)).toEqual([{ requestId: 'R1' }]);
    expect(diff.unchanged).toBe(1);
  });
});
