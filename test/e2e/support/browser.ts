import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = path.resolve(import.meta.dirname, '../../artifacts');

/** Whether the end-to-end suite can run here; CI (SENGEPLAN_E2E_REQUIRED=1) must have Chromium. */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.SENGEPLAN_E2E_REQUIRED === '1')
    throw new Error(`${CHROMIUM} is missing; .ci/run installs it`);
  console.warn(`Hopper over ende-til-ende-testene: ${CHROMIUM} finnes ikke (apt-get install chromium).`);
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Frames and timers at full speed although no window is on screen.
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
      '--disable-background-timer-throttling',
    ],
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: false });
}

export async function logIn(page: Page, url: string, username: string, password: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Brukernavn').fill(username);
  await page.getByLabel('Passord').fill(password);
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await page.getByRole('button', { name: 'Logg ut' }).waitFor({ timeout: 60_000 });
}

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element not visible');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

type Point = { x: number; y: number };

/**
 * A pointer drag as a person does it (FullCalendar listens to pointer events): press, move in steps, and
 * aim again just before releasing, in case the calendar scrolled under the pointer.
 */
export async function drag(page: Page, from: Point, to: Point | (() => Promise<Point>)): Promise<void> {
  const aim = typeof to === 'function' ? to : async () => to;
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 8, from.y + 4, { steps: 4 });
  const first = await aim();
  await page.mouse.move(first.x, first.y, { steps: 20 });
  await page.waitForTimeout(250);
  // The calendar may scroll under a held pointer: follow the target until it stays put, then drop.
  let at = first;
  for (let tries = 0; tries < 5; tries++) {
    const again = await aim();
    if (tries > 0 && Math.abs(again.x - at.x) < 1 && Math.abs(again.y - at.y) < 1) break;
    await page.mouse.move(again.x, again.y, { steps: 3 });
    await page.waitForTimeout(150);
    at = again;
  }
  await page.mouse.up();
}

/** Where a bed's row and a night's column cross, as it is on screen now (no scrolling). */
export async function cellPointNow(page: Page, bedId: string, date: string): Promise<Point> {
  const row = await centre(page.locator(`td.fc-timeline-lane[data-resource-id="${bedId}"]`));
  const column = await centre(page.locator(`.fc-timeline-body td.fc-timeline-slot[data-date="${date}"]`));
  return { x: column.x, y: row.y };
}

/** The middle of a bed's row on the night of `date`. */
export async function cellPoint(page: Page, bedId: string, date: string): Promise<{ x: number; y: number }> {
  const lane = page.locator(`td.fc-timeline-lane[data-resource-id="${bedId}"]`);
  const slot = page.locator(`.fc-timeline-body td.fc-timeline-slot[data-date="${date}"]`);
  await slot.evaluate((el) => el.scrollIntoView({ block: 'nearest', inline: 'center' }));
  await lane.evaluate((el) => el.scrollIntoView({ block: 'center', inline: 'nearest' }));
  const row = await centre(lane);
  const column = await centre(slot);
  return { x: column.x, y: row.y };
}

export { centre };
