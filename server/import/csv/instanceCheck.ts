import { instance as instanceSchema, type Instance } from '../../../solver/formats.ts';
import { CsvImportError } from './issues.ts';
import type { Locations } from './locations.ts';

/**
 * The instance with a file's contents applied must still be a valid v1 instance; what is not is reported at
 * the line and column it came from, or, for a part the file did not touch, by its path in the instance.
 */
export function checkInstance(candidate: unknown, locations: Locations): Instance {
  const result = instanceSchema.safeParse(candidate);
  if (result.success) return result.data;
  throw new CsvImportError(
    result.error.issues.map((issue) => {
      const location = locations.find(issue.path);
      if (location) return { ...location, message: issue.message };
      return { line: null, column: null, message: `${issue.path.join('.')}: ${issue.message}` };
    }),
  );
}
