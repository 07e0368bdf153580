import type { Role, SessionUser } from '../auth/types.ts';
import type { Queryable } from '../db/database.ts';

interface UserRow {
  username: string;
  role: Role;
  instance_id: string | null;
  centre_ids: string[];
  ward_ids: string[];
}

export const toSessionUser = (row: UserRow): SessionUser => ({
  username: row.username,
  role: row.role,
  instanceId: row.instance_id,
  centreIds: row.centre_ids,
  wardIds: row.ward_ids,
});

const columns = 'username, role, instance_id, centre_ids, ward_ids';

/** Stores a user with the hash of their password; a name already taken is a unique violation (23505). */
export async function insertUser(
  q: Queryable,
  user: SessionUser,
  passwordHash: string,
): Promise<SessionUser> {
  const [row] = await q.query<UserRow>(
    `INSERT INTO users (username, password_hash, role, instance_id, centre_ids, ward_ids)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${columns}`,
    [user.username, passwordHash, user.role, user.instanceId, user.centreIds, user.wardIds],
  );
  if (!row) throw new Error(`brukeren ${user.username} ble ikke lagret`);
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
