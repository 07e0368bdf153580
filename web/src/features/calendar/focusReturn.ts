/**
 * Where the keyboard focus goes when a dialog closes: a stay's bar (found by its key), else the element that
 * opened the dialog, else the element with `fallbackId`.
 */
export interface FocusTarget {
  stayKey?: string;
  element?: HTMLElement | null;
  fallbackId?: string;
}

const attempts = 60;
/** Frames to keep watching after focusing: a bar redrawn by the calendar replaces the focused one. */
const settleFrames = 10;

function find(target: FocusTarget, lastChance: boolean): HTMLElement | null {
  const bar = target.stayKey
    ? document.querySelector<HTMLElement>(`[data-stay-key=${JSON.stringify(target.stayKey)}]`)
    : null;
  if (bar) return bar;
  // A bar may come a few frames late; the other targets only when it does not come at all.
  if (target.stayKey && !lastChance) return null;
  if (target.element?.isConnected) return target.element;
  return target.fallbackId ? document.getElementById(target.fallbackId) : null;
}

/**
 * Moves the focus to the target once it is on screen: the calendar may draw a stay's bar a few frames after
 * the data arrives, so the bar is looked for on each frame for a while.
 */
export function returnFocus(target: FocusTarget): void {
  let tries = 0;
  let settled = 0;
  const attempt = () => {
    tries++;
    const element = find(target, tries >= attempts / 2);
    // After the first focus, only a focus lost to the page (its element redrawn) is taken back.
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (element && (settled === 0 || lost)) element.focus();
    if (element) settled++;
    if (settled < settleFrames && tries < attempts) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}
