import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

const axeScript = path.resolve(import.meta.dirname, '../../../node_modules/axe-core/axe.min.js');

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

interface AxeResults {
  incomplete: { id: string; nodes: { target: unknown[] }[] }[];
  violations: {
    id: string;
    impact?: string | null;
    help: string;
    nodes: { target: unknown[] }[];
  }[];
}

/**
 * Runs axe-core's WCAG 2 A and AA rules on the page (or on the part `include` names), leaving out only the
 * selectors in `exclude`, and returns every violation with the elements it found.
 */
export async function scanWithAxe(
  page: Page,
  scope: { include?: string; exclude?: string[] } = {},
): Promise<AxeFinding[]> {
  // Evaluated through the DevTools protocol, which the app's Content-Security-Policy (no inline scripts) allows.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(axeScript, 'utf8'));
  const results = await page.evaluate(
    async ({ include, exclude }) => {
      const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<unknown> } }).axe;
      const context =
        include || exclude.length > 0
          ? { ...(include ? { include: [[include]] } : {}), exclude: exclude.map((s) => [s]) }
          : document;
      return axe.run(context, { runOnly: ['wcag2a', 'wcag2aa'] });
    },
    { include: scope.include, exclude: scope.exclude ?? [] },
  );
  const { violations, incomplete } = results as AxeResults;
  if (incomplete.length > 0)
    console.log(
      `axe could not decide (to check by hand): ${incomplete.map((i) => `${i.id} (${i.nodes.length}, e.g. ${String(i.nodes[0]?.target ?? '')})`).join(', ')}`,
    );
  return violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? null,
    help: v.help,
    targets: v.nodes.slice(0, 5).map((n) => n.target.map(String).join(' ')),
  }));
}

/** The serious and critical findings, which the tests require to be none. */
export const seriousOrWorse = (findings: AxeFinding[]) =>
  findings.filter((f) => f.impact === 'serious' || f.impact === 'critical');

/** Prints the lesser findings of a scan, so they are seen without failing it. */
export function reportLesser(name: string, findings: AxeFinding[]): void {
  const lesser = findings.filter((f) => !seriousOrWorse([f]).includes(f));
  console.log(
    `axe ${name}: ${lesser.length === 0 ? 'no lesser findings' : lesser.map((f) => `${f.id} (${f.impact})`).join(', ')}`,
  );
}
