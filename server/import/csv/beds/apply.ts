import type { Instance } from '../../../../solver/formats.ts';
import { parseRows } from '../columns.ts';
import { checkInstance } from '../instanceCheck.ts';
import { CsvImportError } from '../issues.ts';
import { readCsvTable } from '../table.ts';
import { droppedBeds, droppedReferences } from './references.ts';
import { bedRow } from './row.ts';
import { buildBedTree } from './tree.ts';

export interface BedImport {
  /** The instance with the file's bed tree in place of the stored one. */
  instance: Instance;
  /** Stored beds the file leaves out. */
  dropped: string[];
}

/** Reads a bed CSV and puts its tree into the instance; any issue refuses the whole file (CsvImportError). */
export function applyBedCsv(text: string, current: Instance): BedImport {
  const tree = buildBedTree(parseRows(readCsvTable(text), bedRow), current.centres);
  const references = droppedReferences(current, tree.centres);
  if (references.length > 0) throw new CsvImportError(references);
  return {
    instance: checkInstance({ ...current, centres: tree.centres }, tree.locations),
    dropped: droppedBeds(current.centres, tree.centres),
  };
}
