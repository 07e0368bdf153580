import { recordAudit } from '../audit/record.ts';
import type { Database } from '../db/database.ts';
import { ApiError } from '../errors.ts';
import type { SessionUser } from './types.ts';
import type { NewUser } from '../../api/users.ts';
import { createUser, isUniqueViolation } from './users.ts';

/** An admin creates a user, with its audit row; 409 conflict when the user name is taken. */
export async function addUser(db: Database, admin: SessionUser, user: NewUser): Promise<SessionUser> {
  try {
    return await db.transaction(async (tx) => {
      const created = await createUser(tx, user);
      await recordAudit(tx, {
        user: admin,
        action: 'user.create',
        object: `user/${created.username}`,
        after: created,
      });
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ApiError(409, 'conflict', `brukernavnet ${user.username} er allerede i bruk`);
    throw error;
  }
}
