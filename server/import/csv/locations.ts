/** Where in the file each part of a built value came from, so that later issues name a line and column. */
export interface CellLocation {
  line: number;
  column: string;
}

export class Locations {
  private readonly byPath = new Map<string, CellLocation>();

  set(path: readonly PropertyKey[], location: CellLocation): void {
    this.byPath.set(path.map(String).join('.'), location);
  }

  /** The location of the longest recorded prefix of `path`, or null when none is recorded. */
  find(path: readonly PropertyKey[]): CellLocation | null {
    for (let length = path.length; length > 0; length -= 1) {
      const found = this.byPath.get(path.slice(0, length).map(String).join('.'));
      if (found) return found;
    }
    return null;
  }
}
