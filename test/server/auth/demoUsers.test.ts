import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../server/app.ts';
import type { Database } from '../../../server/db/database.ts';
import { migrate } from '../../../server/db/migrations/migrate.ts';
import { openPglite } from '../../../server/db/pglite.ts';
import { DEMO_WARD, seedDemoUsers } from '../../../server/demoUsers.ts';
import { readEnv } from '../../../server/env.ts';
import { START_TIMEOUT_MS } from '../support/engines.ts';
import { loginWith } from '../support/session.ts';

const freshDb = async () => {
  const db = await openPglite(undefined);
  await migrate(db);
  return db;
};

describe('the demo users on first start', () => {
  let db: Database;
  const printed: string[] = [];
  let created: boolean;
  beforeAll(async () => {
    db = await freshDb();
    created = await seedDemoUsers(db, { print: (text) => printed.push(text) });
  }, START_TIMEOUT_MS);
  afterAll(async () => {
    await db.close();
  });

  const passwordOf = (username: string) => {
    const line = printed
      .join('')
      .split('\n')
      .find((l) => l.trimStart().startsWith(`${username} `));
    return line?.trim().split(/\s+/)[1] ?? '';
  };

  it('are created with their roles, ward leader and staff in one demo ward', async () => {
    expect(created).toBe(true);
    const users = await db.query('SELECT username, role, centre_ids, ward_ids FROM users ORDER BY username');
    expect(users).toEqual([
      { username: 'admin', role: 'admin', centre_ids: [], ward_ids: [] },
      { username: 'ansatt', role: 'staff', centre_ids: [], ward_ids: [DEMO_WARD] },
      { username: 'avdelingsleder', role: 'wardLeader', centre_ids: [], ward_ids: [DEMO_WARD] },
      { username: 'planlegger', role: 'planner', centre_ids: [], ward_ids: [] },
    ]);
  });

  it('are printed once, in bokmål, each with a password of its own that logs in', async () => {
    expect(printed).toHaveLength(1);
    expect(printed[0]).toContain('Passordene vises bare denne ene gangen');
    const passwords = ['admin', 'planlegger', 'avdelingsleder', 'ansatt'].map(passwordOf);
    expect(new Set(passwords).size).toBe(4);
    const agent = await loginWith(createApp({ db }), 'avdelingsleder', passwordOf('avdelingsleder'));
    expect((await agent.get('/api/session')).body.user.role).toBe('wardLeader');
  });

  it('are neither created nor printed again on a later start', async () => {
    expect(await seedDemoUsers(db, { print: (text) => printed.push(text) })).toBe(false);
    expect(printed).toHaveLength(1);
  });
});

describe('SENGEPLAN_DEMO_PASSWORD', () => {
  it(
    'gives every demo user that password, and it is not printed',
    async () => {
      const db = await freshDb();
      try {
        const printed: string[] = [];
        const password = 'kjent-demopassord';
        await seedDemoUsers(db, { password, print: (text) => printed.push(text) });
        expect(printed.join('')).not.toContain(password);
        for (const username of ['admin', 'planlegger', 'avdelingsleder', 'ansatt']) {
          const agent = await loginWith(createApp({ db }), username, password);
          expect((await agent.get('/api/session')).body.user.username).toBe(username);
        }
      } finally {
        await db.close();
      }
    },
    START_TIMEOUT_MS,
  );

  it('is refused by the environment check when shorter than 10 characters', () => {
    expect(() => readEnv({ SENGEPLAN_DEMO_PASSWORD: 'kort' })).toThrow(
      'invalid environment:\nSENGEPLAN_DEMO_PASSWORD: must be at least 10 characters',
    );
  });
});
