import { randomBytes } from 'node:crypto';
import type { Role } from './auth/types.ts';
import { createUser, isUniqueViolation } from './auth/users.ts';
import type { Database } from './db/database.ts';
import { DEMO } from './demo.ts';
import { countUsers } from './repos/users.ts';

/** The ward of the demo instance (fixtures/demo.json) the demo ward leader and staff belong to. */
export const DEMO_WARD = 'C1-W1';

export const demoUsers: readonly { username: string; role: Role; wardIds: string[]; title: string }[] = [
  {
    username: 'admin',
    role: 'admin',
    wardIds: [],
    title: 'administrator (alt, også revisjonslogg og brukere)',
  },
  { username: 'planlegger', role: 'planner', wardIds: [], title: 'planlegger (alt)' },
  {
    username: 'avdelingsleder',
    role: 'wardLeader',
    wardIds: [DEMO_WARD],
    title: `avdelingsleder (leser ${DEMO_WARD})`,
  },
  {
    username: 'ansatt',
    role: 'staff',
    wardIds: [DEMO_WARD],
    title: `ansatt (leser og melder hendelser i ${DEMO_WARD})`,
  },
];

const randomPassword = () => randomBytes(12).toString('base64url');

export interface DemoUserOptions {
  /** One password for all of them (SENGEPLAN_DEMO_PASSWORD); otherwise a random one each. */
  password?: string | undefined;
  print: (text: string) => void;
}

/**
 * On first start (no users at all), creates the demo users and prints their logins once; the passwords
 * are stored only as scrypt hashes, so they can never be printed again. Returns whether it created them.
 */
export async function seedDemoUsers(db: Database, { password, print }: DemoUserOptions): Promise<boolean> {
  if ((await countUsers(db)) > 0) return false;
  const logins = demoUsers.map((user) => ({ ...user, password: password ?? randomPassword() }));
  try {
    await db.transaction(async (tx) => {
      for (const { username, role, wardIds, password: secret } of logins)
        await createUser(tx, { username, role, wardIds, password: secret, instanceId: DEMO.id });
    });
  } catch (error) {
    // Another server on the same PostgreSQL created them first.
    if (isUniqueViolation(error)) return false;
    throw error;
  }
  const width = Math.max(...logins.map((l) => l.username.length));
  const lines = logins.map(
    (l) =>
      `  ${l.username.padEnd(width)}  ${password === undefined ? l.password : '(SENGEPLAN_DEMO_PASSWORD)'}  ${l.title}`,
  );
  const rule = '='.repeat(72);
  print(
    [
      rule,
      'Demobrukere er opprettet. Passordene vises bare denne ene gangen: noter dem nå.',
      '',
      '  brukernavn  passord  rolle'.replace('brukernavn', 'brukernavn'.padEnd(width)),
      ...lines,
      '',
      'Logg inn på startsiden. Nye brukere: POST /api/users som admin.',
      rule,
      '',
    ].join('\n'),
  );
  return true;
}
