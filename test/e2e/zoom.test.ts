import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarView } from '../../api/calendar.ts';
import type { Calendar, CalendarStay } from '../../web/src/api/calendar.ts';
import { dayWidth, zoomLabels, type Zoom } from '../../web/src/features/calendar/zoom.ts';
import { buildWebAppIfStale } from './support/build.ts';
import { ARTIFACTS, chromiumAvailable, launchChromium, logIn, screenshot } from './support/browser.ts';
import { PASSWORD, saveFirstFitDraft, startE2eServer, type E2eServer } from './support/server.ts';

const run = chromiumAvailable();
const SCREENSHOTS = path.resolve(import.meta.dirname, '../../docs/screenshots');

type Box = { x: number; y: number; width: number; height: number };

/** Two stays on one bed, the second arriving the day the first leaves; the longest such pair early on. */
function backToBack(calendar: Calendar): [CalendarStay, CalendarStay] {
  const pairs = calendar.stays.flatMap((a) =>
    calendar.stays
      .filter((b) => b.bedId === a.bedId && b.start === a.end && b.end < calendar.horizon.end)
      .map((b) => [a, b] as [CalendarStay, CalendarStay]),
  );
  const early = pairs.filter(([a]) => a.end < '2027-02-15');
  expect(early.length).toBeGreaterThan(0);
  const nights = ([a, b]: [CalendarStay, CalendarStay]) => Date.parse(b.end) - Date.parse(a.start);
  return early.sort((p, q) => nights(q) - nights(p))[0]!;
}

describe.skipIf(!run)('the bed calendar at day, week and month zoom', () => {
  let server: E2eServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let calendar: Calendar;

  beforeAll(async () => {
    await buildWebAppIfStale();
    server = await startE2eServer([{ username: 'planlegger', role: 'planner' }]);
    const planId = await saveFirstFitDraft(server.db, 'demo');
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, locale: 'nb-NO' });
    page = await context.newPage();
    page.on('pageerror', (error) => console.error('pageerror', error));
    await logIn(page, server.url, 'planlegger', PASSWORD);
    await page.locator('.fc-timeline-event').first().waitFor({ timeout: 30_000 });
    const response = await context.request.get(`${server.url}/api/plans/${planId}/calendar?centreId=C1`);
    calendar = calendarView.parse(await response.json());
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const bar = (stay: CalendarStay) => page.locator(`[data-stay-key="${stay.key}"]`);
  const slot = (date: string) => page.locator(`.fc-timeline-body td.fc-timeline-slot[data-date="${date}"]`);
  const box = async (locator: ReturnType<Page['locator']>): Promise<Box> => {
    const found = await locator.boundingBox();
    if (!found) throw new Error('not on screen');
    return found;
  };

  async function zoomTo(zoom: Zoom): Promise<void> {
    await page.getByRole('group', { name: 'Zoom' }).getByRole('button', { name: zoomLabels[zoom] }).click();
    await page.locator(`.zoom-${zoom} .fc-timeline-event`).first().waitFor({ timeout: 30_000 });
  }

  for (const zoom of ['dag', 'uke', 'maaned'] as const) {
    describe(`at ${zoomLabels[zoom].toLowerCase()} zoom`, () => {
      beforeAll(() => zoomTo(zoom), 60_000);

      it('draws two stays that follow each other on a bed side by side in one row', async () => {
        const [first, second] = backToBack(calendar);
        await bar(first).evaluate((el) => el.scrollIntoView({ block: 'center', inline: 'center' }));
        const a = await box(bar(first));
        const b = await box(bar(second));
        expect(Math.abs(a.y - b.y)).toBeLessThan(0.5);
        expect(a.x + a.width).toBeLessThanOrEqual(b.x + 1);
        await screenshot(page, `zoom-${zoom}`);
        mkdirSync(SCREENSHOTS, { recursive: true });
        copyFileSync(
          path.join(ARTIFACTS, `zoom-${zoom}.png`),
          path.join(SCREENSHOTS, `calendar-${zoom}.png`),
        );
      });

      it('draws a stay from its first night to its departure day exactly', async () => {
        const [first] = backToBack(calendar);
        const a = await box(bar(first));
        const arrival = await box(slot(first.start));
        const departure = await box(slot(first.end));
        expect(Math.abs(a.x - arrival.x)).toBeLessThanOrEqual(1);
        // FullCalendar leaves a pixel between a bar's end and the next day.
        expect(Math.abs(a.x + a.width + 1 - departure.x)).toBeLessThanOrEqual(1);
      });

      it(`gives a day at least ${dayWidth[zoom]} pixels`, async () => {
        const day = await box(slot(calendar.horizon.start));
        expect(day.width).toBeGreaterThanOrEqual(dayWidth[zoom] - 0.5);
      });

      it('names Skjærtorsdag in the header and marks its column', async () => {
        const header = page.locator('.fc-timeline-header th.holiday[data-date="2027-03-25"]');
        await expect(header.getAttribute('title')).resolves.toBe('Skjærtorsdag, 25. mar');
        await expect(header.getAttribute('aria-label')).resolves.toBe('Skjærtorsdag, 25. mar');
        await expect(slot('2027-03-25').getAttribute('class')).resolves.toMatch(/\bholiday\b/);
      });
    });
  }

  it('shows the whole half year on one screen at month zoom', async () => {
    await zoomTo('maaned');
    const scroller = page
      .locator('.fc-timeline-body')
      .locator('xpath=ancestor::div[contains(@class,"fc-scroller")][1]');
    const { scrollWidth, clientWidth } = await scroller.evaluate((el) => ({
      scrollWidth: el.scrollWidth,
      clientWidth: el.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  });
});
