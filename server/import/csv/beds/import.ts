import type { Instance } from '../../../../solver/formats.ts';
import { recordAudit } from '../../../audit/record.ts';
import type { SessionUser } from '../../../auth/types.ts';
import type { Database } from '../../../db/database.ts';
import { ApiError } from '../../../errors.ts';
import { replaceBedTree } from '../../../repos/bedTree.ts';
import { refusingBadFiles } from '../issues.ts';
import { lockedInstance } from '../lockedInstance.ts';
import { plansUsing } from '../plansUsing.ts';
import { applyBedCsv } from './apply.ts';

const bedIds = (instance: Instance) =>
  instance.centres.flatMap((c) => c.wards.flatMap((w) => w.rooms.flatMap((r) => r.beds.map((b) => b.id))));

/** What a bed import did to the beds: how many it kept, which it added and which it took away. */
export interface BedChanges {
  kept: number;
  added: string[];
  dropped: string[];
}

/**
 * Puts the bed tree of a beds.csv file in place of an instance's, in one transaction with its audit row.
 * A bad file is refused (422 invalid_csv), and so is one that takes away beds a plan version uses (409).
 */
export function importBedCsv(
  db: Database,
  instanceId: string,
  file: Parameters<typeof applyBedCsv>[0],
  user: SessionUser,
): Promise<BedChanges> {
  return db.transaction(async (tx) => {
    const current = await lockedInstance(tx, instanceId);
    const { instance, dropped } = refusingBadFiles(() => applyBedCsv(file, current));
    const inUse = await plansUsing(tx, instanceId, dropped);
    if (inUse.length > 0) {
      const named = [...new Set(inUse.flatMap((p) => p.bedIds))].join(', ');
      throw new ApiError(409, 'beds_in_use', `planer har opphold i senger fila tar bort: ${named}`, inUse);
    }
    await replaceBedTree(tx, instanceId, instance.centres);
    const before = new Set(bedIds(current));
    const after = bedIds(instance);
    const result = {
      kept: after.filter((b) => before.has(b)).length,
      added: after.filter((b) => !before.has(b)),
      dropped,
    };
    await recordAudit(tx, {
      user,
      action: 'instance.beds.import',
      object: `instance/${instanceId}`,
      before: { beds: before.size },
      after: { beds: after.length, added: result.added, dropped },
    });
    return result;
  });
}
