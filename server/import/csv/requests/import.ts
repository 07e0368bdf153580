import { recordAudit } from '../../../audit/record.ts';
import type { SessionUser } from '../../../auth/types.ts';
import type { Database } from '../../../db/database.ts';
import { refusingBadFiles } from '../issues.ts';
import { lockedInstance } from '../lockedInstance.ts';
import { applyRequestCsv } from './apply.ts';
import { appendRequests } from './store.ts';

/**
 * Adds the requests of a requests.csv file (and the people they name) to an instance's waiting list, in one
 * transaction with its audit row; a bad file is refused (422 invalid_csv). Answers the ids added.
 */
export function importRequestCsv(
  db: Database,
  instanceId: string,
  file: Parameters<typeof applyRequestCsv>[0],
  user: SessionUser,
): Promise<{ requests: string[]; people: string[] }> {
  return db.transaction(async (tx) => {
    const current = await lockedInstance(tx, instanceId);
    const { requests, people } = refusingBadFiles(() => applyRequestCsv(file, current));
    await appendRequests(tx, instanceId, { requests, people });
    await recordAudit(tx, {
      user,
      action: 'instance.requests.import',
      object: `instance/${instanceId}`,
      after: { requests, people },
    });
    return { requests: requests.map((r) => r.id), people: people.map((p) => p.id) };
  });
}
