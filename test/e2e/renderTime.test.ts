import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWebAppIfStale } from './support/build.ts';
import { calendarView } from '../../api/calendar.ts';
import { compatibleFreeBeds } from '../../web/src/features/waiting/compatibleBeds.ts';
import { zoomLabels, type Zoom } from '../../web/src/features/calendar/zoom.ts';
import { daysBetween } from '../../web/src/lib/isoDates.ts';
import {
  ARTIFACTS,
  cellPoint,
  cellPointNow,
  chromiumAvailable,
  drag,
  launchChromium,
  logIn,
  screenshot,
} from './support/browser.ts';
import {
  importBergen,
  PASSWORD,
  saveFirstFitDraft,
  startE2eServer,
  type E2eServer,
} from './support/server.ts';

const run = chromiumAvailable();

/** Selects a unit and waits until the calendar of its beds has painted; the time from choice to paint. */
async function timeUnit(
  page: Page,
  unit: string,
  beds: number,
): Promise<{ wallMs: number; calendarMs: number; mountMs: number }> {
  const started = Date.now();
  // Set in the page: the time runs from the choice, not from Playwright's checks of the select.
  await page.locator('select[name="unit"]').evaluate((el, value) => {
    (el as HTMLSelectElement).value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  }, unit);
  await page.waitForFunction(
    (n) =>
      document.querySelectorAll('td.fc-timeline-lane[data-resource-id]').length === n &&
      document.querySelector('.calendar-main')?.getAttribute('data-render-ms') !== '',
    beds,
    { timeout: 120_000, polling: 50 },
  );
  const wallMs = Date.now() - started;
  const calendarMs = Number(await page.locator('.calendar-main').getAttribute('data-render-ms'));
  const mountMs = Number(await page.locator('.calendar-main').getAttribute('data-mount-ms'));
  return { wallMs, calendarMs, mountMs };
}

/** Switches the calendar's zoom (the next unit chosen is drawn at it from the start). */
async function zoomTo(page: Page, zoom: Zoom): Promise<void> {
  await page.getByRole('group', { name: 'Zoom' }).getByRole('button', { name: zoomLabels[zoom] }).click();
  await page.locator(`.zoom-${zoom} .fc-timeline-event`).first().waitFor({ timeout: 120_000 });
  await page.evaluate(
    () =>
      new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)))),
  );
}

/** Drags a stay of C4 to another free bed of its ward on the same nights; the time from release to saved. */
async function timeMove(page: Page, url: string): Promise<number> {
  const plans = (await (await page.context().request.get(`${url}/api/instances/bergen/plans`)).json()) as {
    id: number;
  }[];
  const response = await page.context().request.get(`${url}/api/plans/${plans[0]!.id}/calendar?centreId=C4`);
  const calendar = calendarView.parse(await response.json());
  const beds = calendar.resources.map((r) => r.id);
  const moves = calendar.stays
    .filter((s) => !s.fixed && s.start > '2027-01-06' && s.start < '2027-01-25')
    .flatMap((s) => {
      const ward = calendar.resources.find((r) => r.id === s.bedId)!.wardId;
      const item = { nights: daysBetween(s.start, s.end), earliestStart: s.start, requiredTags: [] };
      const free = [...compatibleFreeBeds(calendar, item, s.key)].filter(
        (b) => b !== s.bedId && calendar.resources.find((r) => r.id === b)!.wardId === ward,
      );
      return free.map((bedId) => ({
        stay: s,
        bedId,
        distance: Math.abs(beds.indexOf(bedId) - beds.indexOf(s.bedId)),
      }));
    })
    .sort((a, b) => a.distance - b.distance);
  const { stay, bedId } = moves[0]!;
  const bar = page.locator(`[data-stay-key="${stay.key}"]`);
  await bar.evaluate((el) => el.scrollIntoView({ block: 'center', inline: 'center' }));
  await cellPoint(page, bedId, stay.start);
  const box = (await bar.boundingBox())!;
  const started = Date.now();
  await drag(page, { x: box.x + 6, y: box.y + box.height / 2 }, () => cellPointNow(page, bedId, stay.start));
  await page
    .locator('.notice')
    .filter({ hasText: `Lagret: ${stay.label}` })
    .waitFor({ timeout: 120_000 });
  return Date.now() - started - 400; // the drag helper's own pauses
}

describe.skipIf(!run)('the calendar at Bergen scale', () => {
  let server: E2eServer;
  let browser: Browser;

  beforeAll(async () => {
    await buildWebAppIfStale();
    server = await startE2eServer([{ username: 'planlegger', role: 'planner' }]);
    await importBergen(server.db);
    await saveFirstFitDraft(server.db, 'bergen');
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('renders a centre of about a hundred beds over six months and reports how long it took at each zoom', async () => {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await logIn(page, server.url, 'planlegger', PASSWORD);
    page.on('pageerror', (error) => console.error('pageerror', error));
    await page.getByLabel('Grunnlag').selectOption('bergen');
    await page.waitForFunction(
      () => document.querySelectorAll('td.fc-timeline-lane[data-resource-id^="C1-"]').length > 0,
      null,
      {
        timeout: 120_000,
      },
    );
    const centre = await timeUnit(page, 'centre:C4', 110);
    const stays = await page.locator('.fc-timeline-event').count();
    await screenshot(page, '14-bergen-centre');
    const moveMs = await timeMove(page, server.url);
    const all = await timeUnit(page, 'all', 470);
    const byZoom: Partial<Record<Zoom, { centre: typeof centre; allBeds: typeof all }>> = {
      dag: { centre, allBeds: all },
    };
    for (const zoom of ['uke', 'maaned'] as const) {
      // The zoom changes on a smaller centre, which is settled before C4 is chosen and drawn at the new zoom.
      await timeUnit(page, 'centre:C2', 111);
      await zoomTo(page, zoom);
      byZoom[zoom] = {
        centre: await timeUnit(page, 'centre:C4', 110),
        allBeds: await timeUnit(page, 'all', 470),
      };
      await screenshot(page, `14-bergen-all-${zoom}`);
    }
    const result = {
      centre: { beds: 110, days: 182, stays, ...centre, moveMs },
      allBeds: { beds: 470, ...all },
      byZoom,
    };
    writeFileSync(path.join(ARTIFACTS, 'render-time.json'), `${JSON.stringify(result, null, 2)}\n`);
    console.log('render time', JSON.stringify(result));
    expect(stays).toBeGreaterThan(100);
    await page.close();
  }, 480_000);
});
