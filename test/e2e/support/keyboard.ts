import type { Page } from 'playwright-core';

/** What has the keyboard focus: its data-stay-key, the waiting entry it belongs to, its tag and name. */
export interface Focused {
  stayKey: string | null;
  waitingRef: string | null;
  tag: string;
  text: string;
}

export function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      stayKey: el?.dataset.stayKey ?? null,
      waitingRef: el?.closest<HTMLElement>('li.waiting-item')?.dataset.ref ?? null,
      tag: el?.tagName.toLowerCase() ?? '',
      text: (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim(),
    };
  });
}

/** Presses Tab until the focused element satisfies `wanted`; fails after `limit` presses. */
export async function tabUntil(page: Page, wanted: (f: Focused) => boolean, limit = 600): Promise<Focused> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (wanted(now)) return now;
  }
  throw new Error(`nothing wanted within ${limit} presses of Tab`);
}

/** Picks an option of the focused (closed) <select> with the arrow keys, as a keyboard user does. */
export async function chooseOptionByArrows(page: Page, value: string): Promise<void> {
  const { from, to } = await page.evaluate((v) => {
    const select = document.activeElement as HTMLSelectElement;
    return { from: select.selectedIndex, to: [...select.options].findIndex((o) => o.value === v) };
  }, value);
  if (to < 0) throw new Error(`no option ${value}`);
  const key = to > from ? 'ArrowDown' : 'ArrowUp';
  for (let i = 0; i < Math.abs(to - from); i++) await page.keyboard.press(key);
  const chosen = await page.evaluate(() => (document.activeElement as HTMLSelectElement).value);
  if (chosen !== value) throw new Error(`chose ${chosen}, wanted ${value}`);
}

type Part = 'year' | 'month' | 'day';

const partsOf = (iso: string) => {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
};

const inputValue = (page: Page) => page.evaluate(() => (document.activeElement as HTMLInputElement).value);

/**
 * Sets the focused <input type="date"> to `iso` with the arrow keys alone. Which field (day, month, year)
 * comes first depends on the browser's locale, so each field is found by stepping it once and back.
 */
export async function setDateByArrows(page: Page, iso: string): Promise<void> {
  const start = await inputValue(page);
  const order: Part[] = [];
  for (let field = 0; field < 3; field++) {
    if (field > 0) await page.keyboard.press('ArrowRight');
    const before = partsOf(await inputValue(page));
    await page.keyboard.press('ArrowUp');
    const after = partsOf(await inputValue(page));
    await page.keyboard.press('ArrowDown');
    order.push(
      after.year !== before.year ? 'year' : after.month !== before.month ? 'month' : ('day' as Part),
    );
  }
  for (let field = 2; field > 0; field--) await page.keyboard.press('ArrowLeft');
  const current = partsOf(start);
  const target = partsOf(iso);
  // Month and year first, the day last: on the way the date may not exist (31 February), the end date does.
  const steps: Part[] = ['year', 'month', 'day'];
  let at = 0;
  for (const part of steps) {
    const index = order.indexOf(part);
    for (; at < index; at++) await page.keyboard.press('ArrowRight');
    for (; at > index; at--) await page.keyboard.press('ArrowLeft');
    const delta = target[part] - current[part];
    for (let i = 0; i < Math.abs(delta); i++) await page.keyboard.press(delta > 0 ? 'ArrowUp' : 'ArrowDown');
  }
  const now = await inputValue(page);
  if (now !== iso) throw new Error(`the date is ${now}, wanted ${iso}`);
}
