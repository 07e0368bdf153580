/** The changes that can be undone, last first. Immutable: every operation returns a new stack. */
export interface UndoStack<T> {
  readonly items: readonly T[];
  readonly limit: number;
}

export function emptyUndo<T>(limit = 20): UndoStack<T> {
  return { items: [], limit };
}

export function pushUndo<T>(stack: UndoStack<T>, item: T): UndoStack<T> {
  const items = [...stack.items, item];
  return { items: items.slice(Math.max(0, items.length - stack.limit)), limit: stack.limit };
}

export function peekUndo<T>(stack: UndoStack<T>): T | undefined {
  return stack.items[stack.items.length - 1];
}

export function popUndo<T>(stack: UndoStack<T>): UndoStack<T> {
  return { items: stack.items.slice(0, -1), limit: stack.limit };
}
