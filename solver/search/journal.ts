import type { State } from './state.ts';

/** Remembers where the items a move touches were, so a refused move can be taken back exactly. */
export class Journal {
  private readonly before = new Map<number, { bed: number; start: number }>();

  constructor(private readonly state: State) {}

  touch(i: number): void {
    if (!this.before.has(i))
      this.before.set(i, { bed: this.state.bedOf[i] as number, start: this.state.startOf[i] as number });
  }

  unplace(i: number): void {
    this.touch(i);
    this.state.unplace(i);
  }

  place(i: number, bed: number, start: number): void {
    this.touch(i);
    this.state.place(i, bed, start);
  }

  undo(): void {
    for (const i of this.before.keys()) if (this.state.isPlaced(i)) this.state.unplace(i);
    for (const [i, { bed, start }] of this.before) if (bed >= 0) this.state.place(i, bed, start);
    this.before.clear();
  }

  commit(): void {
    this.before.clear();
  }
}
