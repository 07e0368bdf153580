import type { Instance } from '../../../../solver/formats.ts';
import { readRows, type ParsedRows } from '../columns.ts';
import { checkInstance } from '../instanceCheck.ts';
import { CsvImportError } from '../issues.ts';
import { runAtOnce } from '../slices.ts';
import { droppedBeds, droppedReferences } from './references.ts';
import { bedRow, type BedRow } from './row.ts';
import { buildBedTree } from './tree.ts';

export interface BedImport {
  /** The instance with the file's bed tree in place of the stored one. */
  instance: Instance;
  /** Stored beds the file leaves out. */
  dropped: string[];
}

/**
 * Puts the bed tree of a CSV file (its text, or its rows as readCsvRows read them) into the instance; any
 * issue refuses the whole file (CsvImportError).
 */
export function applyBedCsv(file: string | ParsedRows<BedRow>, current: Instance): BedImport {
  const parsed = typeof file === 'string' ? runAtOnce(readRows(file, bedRow)) : file;
  const tree = buildBedTree(parsed, current.centres);
  const references = droppedReferences(current, tree.centres);
  if (references.length > 0) throw new CsvImportError(references);
  return {
    instance: checkInstance({ ...current, centres: tree.centres }, tree.locations),
    dropped: droppedBeds(current.centres, tree.centres),
  };
}
