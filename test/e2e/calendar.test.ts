import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarView } from '../../api/calendar.ts';
import type { Calendar, CalendarStay } from '../../web/src/api/calendar.ts';
import { compatibleFreeBeds, firstFreeStart } from '../../web/src/features/waiting/compatibleBeds.ts';
import { refKey } from '../../web/src/lib/refs.ts';
import { buildWebAppIfStale } from './support/build.ts';
import {
  centre,
  cellPoint,
  cellPointNow,
  chromiumAvailable,
  drag,
  launchChromium,
  logIn,
  screenshot,
} from './support/browser.ts';
import { PASSWORD, saveFirstFitDraft, startE2eServer, type E2eServer } from './support/server.ts';

const run = chromiumAvailable();

describe.skipIf(!run)('the bed calendar in a browser', () => {
  let server: E2eServer;
  let browser: Browser;
  let planId: number;

  beforeAll(async () => {
    await buildWebAppIfStale();
    server = await startE2eServer([
      { username: 'planlegger', role: 'planner' },
      { username: 'leder', role: 'wardLeader', instanceId: 'demo', wardIds: ['C1-W1'] },
      { username: 'ansatt', role: 'staff', instanceId: 'demo', wardIds: ['C1-W1'] },
    ]);
    planId = await saveFirstFitDraft(server.db, 'demo', 'C1-W1');
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const fetchCalendar = async (context: BrowserContext, id: number, query: string): Promise<Calendar> => {
    const response = await context.request.get(`${server.url}/api/plans/${id}/calendar?${query}`);
    expect(response.status()).toBe(200);
    return calendarView.parse(await response.json());
  };

  /** What Chromium reports as broken rules of the server's Content-Security-Policy, on every page below. */
  const cspViolations: string[] = [];
  const newContext = async () => {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, locale: 'nb-NO' });
    context.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    return context;
  };

  const stayOnScreen = (page: Page, stay: CalendarStay) => page.locator(`[data-stay-key="${stay.key}"]`);

  describe('a planner', () => {
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      context = await newContext();
      page = await context.newPage();
      page.on('pageerror', (error) => console.error('pageerror', error));
      page.on('console', (message) => message.type() === 'error' && console.error('console', message.text()));
    });
    afterAll(() => context.close());

    it('logs in and sees the first centre of the demo as a bed calendar', async () => {
      await page.goto(server.url);
      await page.getByLabel('Brukernavn').fill('planlegger');
      await page.getByLabel('Passord').fill(PASSWORD);
      await screenshot(page, '01-login');
      await page.getByRole('button', { name: 'Logg inn' }).click();
      await page.locator('.fc-timeline-event').first().waitFor({ timeout: 30_000 });
      await screenshot(page, '02-planner-calendar');
      const calendar = await fetchCalendar(context, planId, 'centreId=C1');
      expect(await page.locator('td.fc-timeline-lane[data-resource-id]').count()).toBe(
        calendar.resources.length,
      );
    });

    it('drags a stay onto a bed taken those nights and sees it refused in Norwegian and snapped back', async () => {
      const calendar = await fetchCalendar(context, planId, 'centreId=C1');
      const beds = calendar.resources.map((r) => r.id);
      const movable = calendar.stays.filter(
        (s) => !s.fixed && s.start > calendar.horizon.start && s.start < '2027-01-25',
      );
      // A stay and another bed of its ward that is taken on the stay's first night, close by in the rows.
      const pairs = movable.flatMap((a) =>
        calendar.stays
          .filter((b) => b.bedId !== a.bedId && b.bedId.startsWith(a.bedId.split('-').slice(0, 2).join('-')))
          .filter((b) => b.start <= a.start && a.start < b.end)
          .map((b) => ({ a, b, distance: Math.abs(beds.indexOf(a.bedId) - beds.indexOf(b.bedId)) })),
      );
      pairs.sort((x, y) => x.distance - y.distance);
      const { a, b } = pairs[0]!;
      const bar = stayOnScreen(page, a);
      await bar.evaluate((el) => el.scrollIntoView({ block: 'center', inline: 'center' }));
      await cellPoint(page, b.bedId, a.start);
      const from = await centre(bar);
      const grab = { x: (await bar.boundingBox())!.x + 6, y: from.y };
      await drag(page, grab, () => cellPointNow(page, b.bedId, a.start));
      const alert = page.locator('.notice.refused');
      await alert.waitFor({ timeout: 15_000 });
      expect(await alert.textContent()).toMatch(/^Ikke lagret: /);
      await screenshot(page, '03-conflict-refused');
      const after = await fetchCalendar(context, planId, 'centreId=C1');
      expect(after.stays.find((s) => s.key === a.key)).toMatchObject({
        bedId: a.bedId,
        start: a.start,
        end: a.end,
      });
      expect(after.revision).toBe(calendar.revision);
      // Snapped back: the bar is in its own bed's row again.
      const row = await page.locator(`td.fc-timeline-lane[data-resource-id="${a.bedId}"]`).boundingBox();
      const barBox = await stayOnScreen(page, a).boundingBox();
      expect(barBox!.y).toBeGreaterThanOrEqual(row!.y);
      expect(barBox!.y).toBeLessThan(row!.y + row!.height);
    });

    it('drags a waiting request onto a free bed and sees it saved', async () => {
      const calendar = await fetchCalendar(context, planId, 'centreId=C1');
      const candidates = calendar.waiting
        .map((entry) => {
          const bedId = [...compatibleFreeBeds(calendar, entry)][0];
          const start = bedId ? firstFreeStart(calendar, bedId, entry) : null;
          return { entry, bedId, start };
        })
        .filter((c): c is { entry: typeof c.entry; bedId: string; start: string } => !!c.bedId && !!c.start);
      expect(candidates.length).toBeGreaterThan(0);
      const { entry, bedId, start } = candidates.find((c) => c.start >= '2027-01-07') ?? candidates[0]!;
      const item = page.locator(`li.waiting-item[data-ref="${refKey(entry.ref)}"]`);
      await item.evaluate((el) => el.scrollIntoView({ block: 'nearest' }));
      await cellPoint(page, bedId, start);
      const from = await centre(item);
      // The drop lands where the pointer is: on the first night.
      await drag(page, { x: from.x - 100, y: from.y }, () => cellPointNow(page, bedId, start));
      await page
        .locator('.notice:not(.refused)')
        .filter({ hasText: `Lagret: ${entry.label}` })
        .waitFor({ timeout: 15_000 });
      await screenshot(page, '04-waiting-placed');
      const after = await fetchCalendar(context, planId, 'centreId=C1');
      expect(after.waiting.some((w) => refKey(w.ref) === refKey(entry.ref))).toBe(false);
      expect(after.stays.find((s) => refKey(s.ref) === refKey(entry.ref))).toMatchObject({
        bedId,
        start,
        pinned: true,
      });
    });

    it('undoes the placement, which puts the request back on the waiting list', async () => {
      const before = await fetchCalendar(context, planId, 'centreId=C1');
      await page.getByRole('button', { name: 'Angre siste endring' }).click();
      await page.locator('.notice').filter({ hasText: 'Angret:' }).waitFor({ timeout: 15_000 });
      const after = await fetchCalendar(context, planId, 'centreId=C1');
      expect(after.waiting).toHaveLength(before.waiting.length + 1);
      expect(after.stays).toHaveLength(before.stays.length - 1);
      await screenshot(page, '05-undone');
    });

    it('runs a solve, sees the draft with figures before and after, and approves it', async () => {
      await page.getByLabel('Tidsgrense (sekunder)').fill('3');
      await page.getByRole('button', { name: 'Start planlegging' }).click();
      await page.locator('progress').waitFor({ timeout: 10_000 });
      await screenshot(page, '06-solve-running');
      const review = page.getByRole('region', { name: 'Nytt utkast' });
      await review.waitFor({ timeout: 90_000 });
      await expect(review.getByRole('columnheader', { name: 'Før' }).count()).resolves.toBe(1);
      await screenshot(page, '07-draft-review');
      await review.getByRole('button', { name: 'Godkjenn og publiser' }).click();
      await page.locator('.notice').filter({ hasText: 'godkjent og publisert' }).waitFor({ timeout: 15_000 });
      await screenshot(page, '08-draft-approved');
      const plans = (await (await context.request.get(`${server.url}/api/instances/demo/plans`)).json()) as {
        id: number;
        version: number;
        status: string;
      }[];
      const newest = [...plans].sort((x, y) => y.version - x.version)[0]!;
      expect(newest).toMatchObject({ status: 'published' });
      expect(newest.id).not.toBe(planId);
    }, 120_000);
  });

  describe('a planner looking further', () => {
    it('sees the figures as charts and previews a rotation series with its bed', async () => {
      const context = await newContext();
      const page = await context.newPage();
      await logIn(page, server.url, 'planlegger', PASSWORD);
      await page.locator('select[name="unit"]').selectOption('ward:C1-W3');
      await page.locator('.fc-timeline-event').first().waitFor({ timeout: 30_000 });
      await page.getByRole('button', { name: 'Nøkkeltall' }).click();
      await expect(page.getByRole('img', { name: /^Belegg per avdeling: Rullering/ }).count()).resolves.toBe(
        1,
      );
      await screenshot(page, '12-figures');
      await page.getByRole('button', { name: 'Rulleringsserier' }).click();
      await page.getByRole('combobox', { name: 'Mønster' }).selectOption('trapp');
      const occurrences = page.locator('ol.occurrences li');
      expect(await occurrences.first().textContent()).toMatch(
        /^Opphold 1: netter 4\.–10\. jan, avreise 11\. jan \(7 netter\), seng /,
      );
      await screenshot(page, '13-series');
      await context.close();
    }, 60_000);
  });

  describe('a planner creating a rotation series', () => {
    it('creates a 3-6 series for a person from the pattern creator, saves it, and sees it on the strip', async () => {
      const context = await newContext();
      const page = await context.newPage();
      await logIn(page, server.url, 'planlegger', PASSWORD);
      await page.locator('select[name="unit"]').selectOption('ward:C1-W3');
      await page.locator('.fc-timeline-event').first().waitFor({ timeout: 30_000 });
      await page.getByRole('button', { name: 'Rulleringsserier' }).click();
      const person = page.getByLabel('Person');
      const personId = (await person.locator('option').nth(1).getAttribute('value'))!;
      await person.selectOption(personId);
      await page.getByRole('combobox', { name: 'Mønster' }).selectOption('3-6');
      await page.getByLabel('senest').fill('2027-02-28');
      const seriesId = await page.getByLabel('Serie-id').inputValue();
      expect(seriesId).toMatch(new RegExp(`^${personId}-S\\d+$`));
      await page.getByRole('button', { name: 'Lagre' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `Serien ${seriesId} er lagret` })
        .waitFor({ timeout: 15_000 });
      const strip = page.locator('figure.series-strip figcaption').filter({ hasText: `: ${seriesId}` });
      await expect(strip.count()).resolves.toBe(1);
      await screenshot(page, '14-series-saved');
      const exported = (await (await context.request.get(`${server.url}/api/instances/demo`)).json()) as {
        series: { id: string; personId: string; phases: unknown }[];
      };
      expect(exported.series.find((s) => s.id === seriesId)).toMatchObject({
        personId,
        phases: [{ inNights: 21, homeNights: 42 }],
      });
      await context.close();
    }, 60_000);
  });

  describe('a ward leader', () => {
    it('sees only the own ward, in the calendar and in the print view', async () => {
      const context = await newContext();
      const page = await context.newPage();
      await logIn(page, server.url, 'leder', PASSWORD);
      await page.locator('.fc-timeline-event').first().waitFor({ timeout: 30_000 });
      const options = await page.locator('select[name="unit"]').locator('option').allTextContents();
      expect(options).toEqual(['Fyllingsdalen behandlingssenter › Korttid 1']);
      const rows = await page
        .locator('td.fc-timeline-lane[data-resource-id]')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-resource-id')));
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((id) => id?.startsWith('C1-W1-'))).toBe(true);
      await expect(page.getByRole('heading', { name: /Venteliste/ }).count()).resolves.toBe(0);
      await screenshot(page, '09-ward-leader');
      const plans = (await (await context.request.get(`${server.url}/api/instances/demo/plans`)).json()) as {
        id: number;
      }[];
      const other = await context.request.get(
        `${server.url}/api/plans/${plans[0]!.id}/calendar?wardId=C1-W2`,
      );
      expect(other.status()).toBe(403);
      await page.getByRole('button', { name: 'Utskrift to uker' }).click();
      await page.emulateMedia({ media: 'print' });
      await page.getByRole('heading', { name: /to uker fra/ }).waitFor();
      await screenshot(page, '10-ward-print');
      await context.close();
    }, 60_000);
  });

  describe('a member of staff', () => {
    it('records a no-show, which saves a repaired plan as a draft', async () => {
      const context = await newContext();
      const page = await context.newPage();
      await logIn(page, server.url, 'ansatt', PASSWORD);
      await page.locator('.fc-timeline-event').first().waitFor({ timeout: 30_000 });
      const plansBefore = (await (
        await context.request.get(`${server.url}/api/instances/demo/plans`)
      ).json()) as {
        id: number;
        status: string;
      }[];
      const shown = Number(await page.locator('.calendar-main').getAttribute('data-plan-id'));
      const calendar = await fetchCalendar(context, shown, 'wardId=C1-W1');
      const arriving = calendar.stays.find((s) => 'requestId' in s.ref && s.start > '2027-01-10')!;
      const bar = stayOnScreen(page, arriving);
      await bar.evaluate((el) => el.scrollIntoView({ block: 'center', inline: 'center' }));
      await bar.click();
      await page.getByRole('dialog').getByRole('button', { name: 'Ikke møtt' }).click();
      await page.locator('.notice').filter({ hasText: 'Registrert.' }).waitFor({ timeout: 30_000 });
      await screenshot(page, '11-staff-no-show');
      const plansAfter = (await (
        await context.request.get(`${server.url}/api/instances/demo/plans`)
      ).json()) as {
        id: number;
        status: string;
      }[];
      expect(plansAfter).toHaveLength(plansBefore.length + 1);
      await context.close();
    }, 90_000);
  });

  describe('the Content-Security-Policy', () => {
    it('is kept by every page above: Chromium reports no violation', () => {
      expect(cspViolations).toEqual([]);
    });
  });
});
