import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

/** The rule ids ESLint reports for `code` as if it were the file at `filePath`. */
async function ruleIds(code: string, filePath: string): Promise<(string | null)[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.ruleId);
}

describe('the web app by feature', () => {
  it('refuses a feature importing another feature', async () => {
    const code = "import { groupBeds } from '../calendar/resources.ts';\nexport const rows = groupBeds;\n";
    expect(await ruleIds(code, 'web/src/features/series/x.ts')).toEqual(['no-restricted-imports']);
  });

  it('refuses a type imported from another feature by way of web/src', async () => {
    const code =
      "import type { Change } from '../../features/overrides/change.ts';\nexport type C = Change;\n";
    expect(await ruleIds(code, 'web/src/features/calendar/x.ts')).toEqual(['no-restricted-imports']);
  });

  it('refuses a feature file in a subfolder importing another feature', async () => {
    const code =
      "import { sortWaiting } from '../../waiting/sortWaiting.ts';\nexport const s = sortWaiting;\n";
    expect(await ruleIds(code, 'web/src/features/series/parts/x.ts')).toEqual(['no-restricted-imports']);
  });

  it('refuses a feature importing the app that composes the features', async () => {
    const code = "import type { Workspace } from '../../app/useWorkspace.ts';\nexport type W = Workspace;\n";
    expect(await ruleIds(code, 'web/src/features/calendar/x.ts')).toEqual(['no-restricted-imports']);
  });

  it('lets a feature import its own files, lib, components and api', async () => {
    const code = [
      "import { suggestBed } from './suggestBed.ts';",
      "import { groupBeds } from '../../lib/beds.ts';",
      "import { NoticeArea } from '../../components/NoticeArea.tsx';",
      "import { getCalendar } from '../../api/calendar.ts';",
      'export const all = [suggestBed, groupBeds, NoticeArea, getCalendar];',
      '',
    ].join('\n');
    expect(await ruleIds(code, 'web/src/features/series/x.ts')).toEqual([]);
  });

  it('lets the app import every feature', async () => {
    const code =
      "import { SeriesPage } from '../features/series/SeriesPage.tsx';\nexport const page = SeriesPage;\n";
    expect(await ruleIds(code, 'web/src/app/x.tsx')).toEqual([]);
  });
});
