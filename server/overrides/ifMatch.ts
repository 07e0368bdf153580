/**
 * The revision an `If-Match` header names: `"3"` (as GET /api/plans/:planId sends it in its ETag), `W/"3"`
 * or `3`. Undefined when the header is absent or names no revision (`*` included: a write must say which
 * revision it was made on).
 */
export function revisionOf(header: string | undefined): number | undefined {
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header ?? '');
  if (!match?.[1]) return undefined;
  const revision = Number(match[1]);
  return revision >= 1 ? revision : undefined;
}

export const etagOf = (revision: number): string => `"${revision}"`;
