import type { NewUser } from '../../api/users.ts';
import type { Queryable } from '../db/database.ts';
import { hashPassword } from './password.ts';
import type { Role, SessionUser } from './types.ts';

interface UserRow {
  username: string;
  role: Role;
  centre_ids: string[];
  ward_ids: string[];
}

export const toSessionUser = (row: UserRow): SessionUser => ({
  username: row.username,
  role: row.role,
  centreIds: row.centre_ids,
  wardIds: row.ward_ids,
});

const columns = 'username, role, centre_ids, ward_ids';

/** Stores a user with a scrypt hash of the password; a name already taken is a unique violation (23505). */
export async function createUser(q: Queryable, user: NewUser): Promise<SessionUser> {
  const hash = await hashPassword(user.password);
  const [row] = await q.query<UserRow>(
    `INSERT INTO users (username, password_hash, role, centre_ids, ward_ids)
     VALUES ($1, $2, $3, $4, $5) RETURNING ${columns}`,
    [user.username, hash, user.role, user.centreIds ?? [], user.wardIds ?? []],
  );
  if (!row) throw new Error(`user ${user.username} was not stored`);
  return toSessionUser(row);
}

export async function listUsers(q: Queryable): Promise<SessionUser[]> {
  const rows = await q.query<UserRow>(`SELECT ${columns} FROM users ORDER BY username`);
  return rows.map(toSessionUser);
}

/** The user and their stored hash, for a login. */
export async function findLogin(
  q: Queryable,
  name: string,
): Promise<{ user: SessionUser; passwordHash: string } | null> {
  const [row] = await q.query<UserRow & { password_hash: string }>(
    `SELECT ${columns}, password_hash FROM users WHERE username = $1`,
    [name],
  );
  return row ? { user: toSessionUser(row), passwordHash: row.password_hash } : null;
}

export async function countUsers(q: Queryable): Promise<number> {
  const [row] = await q.query<{ n: number }>('SELECT count(*)::int AS n FROM users');
  return row?.n ?? 0;
}

/** Postgres' unique violation, as both engines report it. */
export const isUniqueViolation = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
