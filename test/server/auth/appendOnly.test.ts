import { afterEach, beforeEach, expect, it } from 'vitest';
import { recordAudit } from '../../../server/audit/record.ts';
import type { Database } from '../../../server/db/database.ts';
import { migrate } from '../../../server/db/migrations/migrate.ts';
import { describeOnEachEngine, START_TIMEOUT_MS } from '../support/engines.ts';

const user = { username: 'kari', role: 'planner' as const, instanceId: null, centreIds: [], wardIds: [] };

describeOnEachEngine('the audit table', (engine) => {
  let db: Database;
  beforeEach(async () => {
    db = await engine.open();
    await migrate(db);
    await recordAudit(db, { user, action: 'plan.save', object: 'plan/1', after: { version: 1 } });
  }, START_TIMEOUT_MS);
  afterEach(async () => {
    await db.close();
  });

  it('keeps what recordAudit wrote, before and after as JSON', async () => {
    const rows = await db.query('SELECT username, role, action, object, before, after FROM audit');
    expect(rows).toEqual([
      {
        username: 'kari',
        role: 'planner',
        action: 'plan.save',
        object: 'plan/1',
        before: null,
        after: { version: 1 },
      },
    ]);
  });

  it('refuses an UPDATE in the database', async () => {
    await expect(db.query(`UPDATE audit SET action = 'nothing'`)).rejects.toThrow(
      'audit rows cannot be changed or deleted',
    );
  });

  it('refuses a DELETE in the database', async () => {
    await expect(db.query('DELETE FROM audit')).rejects.toThrow('audit rows cannot be changed or deleted');
  });

  it('refuses a TRUNCATE in the database', async () => {
    await expect(db.query('TRUNCATE audit')).rejects.toThrow('audit rows cannot be changed or deleted');
  });

  it('rolls the audit row back with the transaction it was written in', async () => {
    await expect(
      db.transaction(async (tx) => {
        await recordAudit(tx, { user, action: 'plan.publish', object: 'plan/1' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await db.query('SELECT action FROM audit')).toEqual([{ action: 'plan.save' }]);
  });
});
