/**
 * Migration 8: a scoped user's centres and wards belong to one instance (ward ids repeat across
 * instances). Users stored before it have no instance, so their scope reaches nothing until an admin
 * gives them one.
 */
export const userInstanceStatements: readonly string[] = ['ALTER TABLE users ADD COLUMN instance_id TEXT'];
