/**
 * Ward kinds: the bed classes of the generator. A ward's kind follows from its tags, and a request's or a
 * series' kind from its required tags, so that any instance (generated or not) can be classed the same way.
 */

export const wardKinds = ['korttid', 'demens', 'rehab', 'rullering', 'ohd', 'trygghet'] as const;

export type WardKind = (typeof wardKinds)[number];

/** The tags a ward of each kind carries; a dementia ward also takes ordinary short-term stays. */
export const WARD_TAGS: Record<WardKind, readonly string[]> = {
  korttid: ['korttid'],
  demens: ['korttid', 'demens'],
  rehab: ['rehab'],
  rullering: ['rullering'],
  ohd: ['ohd'],
  trygghet: ['trygghet'],
};

/**
 * The class of a ward from its tags, or of a request or series from its required tags: the most specific
 * tag wins (ØHD, trygghet, rotation, dementia, rehab); anything else is short-term (korttid).
 */
export function kindOfTags(tags: readonly string[]): WardKind {
  for (const kind of ['ohd', 'trygghet', 'rullering', 'demens', 'rehab'] as const) {
    if (tags.includes(kind)) return kind;
  }
  return 'korttid';
}

export function emptyByKind<T>(make: () => T): Record<WardKind, T> {
  return {
    korttid: make(),
    demens: make(),
    rehab: make(),
    rullering: make(),
    ohd: make(),
    trygghet: make(),
  };
}
