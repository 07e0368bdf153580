import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWebAppIfStale } from './support/build.ts';
import { ARTIFACTS, chromiumAvailable, launchChromium, logIn, screenshot } from './support/browser.ts';
import { PASSWORD, startE2eServer, type E2eServer } from './support/server.ts';

const run = chromiumAvailable();
const DOCS_SCREENSHOT = path.resolve(import.meta.dirname, '../../docs/screenshots/whatif.png');

describe.skipIf(!run)('the what-if page in a browser', () => {
  let server: E2eServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    await buildWebAppIfStale();
    server = await startE2eServer([{ username: 'planlegger', role: 'planner' }]);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1400, height: 1200 }, locale: 'nb-NO' });
    page = await context.newPage();
    page.on('pageerror', (error) => console.error('pageerror', error));
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('lets a planner build the 14-day scenario, run it beside the baseline and read the comparison', async () => {
    await logIn(page, server.url, 'planlegger', PASSWORD);
    await page.getByRole('navigation', { name: 'Visninger' }).getByRole('button', { name: 'Hva om' }).click();
    const form = page.getByRole('form', { name: 'Nytt scenario' });
    await form.getByLabel('Navn').fill('14 dager');
    await form.getByRole('group', { name: 'Korttidsnorm' }).getByLabel('Fra netter').fill('21');
    await form.getByRole('group', { name: 'Korttidsnorm' }).getByLabel('Til netter (0 = uendret)').fill('14');
    await form.getByRole('button', { name: 'Legg til scenario' }).click();
    await page.getByRole('list', { name: 'Scenarioer' }).getByText('14 dager (1 endring)').waitFor();
    await page.getByLabel('Iterasjoner per planlegging').fill('0');
    await page.getByRole('button', { name: 'Kjør mot grunnlaget' }).click();

    const table = page.getByRole('table', { name: '14 dager mot grunnlaget (snitt over frøene)' });
    await table.waitFor({ timeout: 150_000 });
    expect(await table.locator('thead th').allTextContents()).toEqual([
      'Nøkkeltall',
      'Grunnlag',
      '14 dager',
      'Forskjell',
      'Forskjell min–maks',
    ]);
    expect(await table.locator('tbody tr').count()).toBe(17);
    expect(await table.getByRole('rowheader').first().textContent()).toBe('Brukere som fikk opphold');
    await screenshot(page, 'whatif');
    mkdirSync(path.dirname(DOCS_SCREENSHOT), { recursive: true });
    copyFileSync(path.join(ARTIFACTS, 'whatif.png'), DOCS_SCREENSHOT);
  }, 200_000);
});
